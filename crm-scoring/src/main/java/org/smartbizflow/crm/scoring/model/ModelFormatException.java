package org.smartbizflow.crm.scoring.model;

import org.smartbizflow.crm.shared.CrmException;

/**
 * A saved model could not be read: not a model file, damaged, or written in a format
 * version this library does not understand. The message says which, so nobody scores with
 * a half-read model.
 */
public final class ModelFormatException extends CrmException {

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
