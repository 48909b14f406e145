package org.smartbizflow.crm.lead;

import org.smartbizflow.crm.shared.Preconditions;

/**
 * Where a lead came from beyond its channel: the marketing campaign that produced it and the
 * UTM-style parameters of the link it arrived through. Campaigns are plain data here (an id
 * and a display name the host chooses), so analytics can group by campaign before a marketing
 * context exists. Every part is optional; blanks become null.
 *
 * @param campaignId   the host's campaign key, at most 64 characters
 * @param campaignName the campaign's display name, at most 200 characters
 * @param utmSource    utm_source (e.g. {@code newsletter}), at most 200 characters
 * @param utmMedium    utm_medium (e.g. {@code email}), at most 200 characters
 * @param utmCampaign  utm_campaign, at most 200 characters
 * @param utmTerm      utm_term, at most 200 characters
 * @param utmContent   utm_content, at most 200 characters
 */
public record Attribution(String campaignId, String campaignName, String utmSource, String utmMedium,
                          String utmCampaign, String utmTerm, String utmContent) {

    public static final int CAMPAIGN_ID_MAX = 64;
    public static final int TEXT_MAX = 200;

    private static final Attribution NONE = new Attribution(null, null, null, null, null, null, null);

    public Attribution {
        campaignId = Preconditions.maxLength(Preconditions.blankToNull(campaignId), CAMPAIGN_ID_MAX, "campaignId");
        campaignName = Preconditions.maxLength(Preconditions.blankToNull(campaignName), TEXT_MAX, "campaignName");
        utmSource = Preconditions.maxLength(Preconditions.blankToNull(utmSource), TEXT_MAX, "utmSource");
        utmMedium = Preconditions.maxLength(Preconditions.blankToNull(utmMedium), TEXT_MAX, "utmMedium");
        utmCampaign = Preconditions.maxLength(Preconditions.blankToNull(utmCampaign), TEXT_MAX, "utmCampaign");
        utmTerm = Preconditions.maxLength(Preconditions.blankToNull(utmTerm), TEXT_MAX, "utmTerm");
        utmContent = Preconditions.maxLength(Preconditions.blankToNull(utmContent), TEXT_MAX, "utmContent");
    }

    /** No attribution at all. */
    public static Attribution none() {
        return NONE;
    }

    /** A campaign without link parameters. */
    public static Attribution campaign(String campaignId, String campaignName) {
        return new Attribution(campaignId, campaignName, null, null, null, null, null);
    }

    /** The same campaign with these UTM parameters. */
    public Attribution withUtm(String source, String medium, String campaign, String term, String content) {
        return new Attribution(campaignId, campaignName, source, medium, campaign, term, content);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * The parts by audit field name ({@code campaignId}, {@code utmSource}, ...) in a fixed
     * order; absent parts map to null.
     */
    public java.util.Map<String, String> parts() {
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("campaignId", campaignId);
        parts.put("campaignName", campaignName);
        parts.put("utmSource", utmSource);
        parts.put("utmMedium", utmMedium);
        parts.put("utmCampaign", utmCampaign);
        parts.put("utmTerm", utmTerm);
        parts.put("utmContent", utmContent);
        return java.util.Collections.unmodifiableMap(parts);
    }
}
