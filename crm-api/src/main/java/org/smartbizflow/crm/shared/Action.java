package org.smartbizflow.crm.shared;

/** What an actor wants to do with a record; the vocabulary of {@code AccessPolicy}. */
public enum Action {
    READ, CREATE, UPDATE, DELETE, ASSIGN
}
