package org.smartbizflow.crm.contact;

import java.util.Locale;
import java.util.regex.Pattern;
import org.smartbizflow.crm.shared.Preconditions;

/**
 * A contact's name on a social network, such as {@code linkedin} / {@code ada-lovelace}. The
 * network is a lower-case identifier the host chooses, so new networks need no code change.
 *
 * @param network the network, e.g. {@code linkedin}, {@code github}
 * @param handle  the name or profile path there
 */
public record SocialHandle(String network, String handle) {

    public static final int HANDLE_MAX = 200;
    private static final Pattern NETWORK = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

    public SocialHandle {
        network = Preconditions.notBlank(network, "socialHandle.network").toLowerCase(Locale.ROOT);
        Preconditions.check(NETWORK.matcher(network).matches(), "socialHandle.network",
                "must be a lower-case identifier of at most 40 characters: " + network);
        handle = Preconditions.maxLength(Preconditions.notBlank(handle, "socialHandle.handle"), HANDLE_MAX,
                "socialHandle.handle");
    }

    public static SocialHandle of(String network, String handle) {
        return new SocialHandle(network, handle);
    }

    @Override
    public String toString() {
        return network + ":" + handle;
    }
}
