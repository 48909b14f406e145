package org.smartbizflow.crm.archfixture.internal;

/** Fixture: an internal type that a public API must not expose. */
public final class HiddenDetail {
}
