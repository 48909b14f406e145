package org.smartbizflow.crm.archfixture;

import org.smartbizflow.crm.archfixture.internal.HiddenDetail;

/** Fixture: breaks the rules on purpose so that a test proves the rules catch it. */
public final class LeakyPublicApi {

    public HiddenDetail leak() {
        return new HiddenDetail();
    }

    public void shout() {
        System.out.println("library code must not print");
    }

    public void swallow(Exception e) {
        e.printStackTrace();
    }

    public java.util.logging.Logger julLogger() {
        return java.util.logging.Logger.getLogger("fixture");
    }
}
