package org.smartbizflow.crm.activity.port.in;

/** Complete a planned activity with an outcome; follow-up rules may plan the next one. */
public interface CompleteActivityUseCase {

    Completion complete(CompleteActivity command);
}
