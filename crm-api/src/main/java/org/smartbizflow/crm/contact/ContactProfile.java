package org.smartbizflow.crm.contact;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smartbizflow.crm.account.AccountId;
import org.smartbizflow.crm.shared.CustomFields;
import org.smartbizflow.crm.shared.EmailAddress;
import org.smartbizflow.crm.shared.PhoneNumber;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.Tag;

/**
 * Everything a user edits about a contact in one form: name, ways to reach them, where they
 * work, and the host's own fields. Immutable; the compact constructor refuses a profile that
 * breaks an invariant (two primary e-mails, the same address twice, and so on), so every
 * profile that exists is valid. Owner and reporting line are not part of the profile: they
 * change through their own use cases, which check more than the form.
 *
 * @param name              the person's full name
 * @param emails            e-mail addresses, exactly one primary when any
 * @param phones            phone numbers, exactly one primary when any
 * @param jobTitle          job title, or null
 * @param accountId         the account the contact works at now, or null
 * @param socialHandles     names on social networks, at most one per network
 * @param preferredLanguage language to write to them in, or null
 * @param timeZone          their time zone (for quiet hours and scheduling), or null
 * @param customFields      the host's own fields
 * @param tags              labels, in order
 */
public record ContactProfile(String name, List<ContactEmail> emails, List<ContactPhone> phones, String jobTitle,
                             AccountId accountId, List<SocialHandle> socialHandles, Locale preferredLanguage,
                             ZoneId timeZone, CustomFields customFields, Set<Tag> tags) {

    public static final int NAME_MAX = 200;
    public static final int JOB_TITLE_MAX = 200;
    /** The most e-mail addresses, phone numbers or social handles one contact may have. */
    public static final int MAX_CHANNELS = 20;
    public static final int MAX_TAGS = 50;

    public ContactProfile {
        name = Preconditions.maxLength(Preconditions.notBlank(name, "name"), NAME_MAX, "name");
        jobTitle = Preconditions.maxLength(Preconditions.blankToNull(jobTitle), JOB_TITLE_MAX, "jobTitle");
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
        customFields = customFields == null ? CustomFields.none() : customFields;
        tags = tags == null ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(tags));
        Preconditions.check(emails.size() <= MAX_CHANNELS, "emails", "at most " + MAX_CHANNELS + " are allowed");
        Preconditions.check(phones.size() <= MAX_CHANNELS, "phones", "at most " + MAX_CHANNELS + " are allowed");
        Preconditions.check(socialHandles.size() <= MAX_CHANNELS, "socialHandles",
                "at most " + MAX_CHANNELS + " are allowed");
        Preconditions.check(tags.size() <= MAX_TAGS, "tags", "at most " + MAX_TAGS + " are allowed");
        Preconditions.check(emails.isEmpty() || emails.stream().filter(ContactEmail::primary).count() == 1, "emails",
                "exactly one address must be primary");
        Preconditions.check(phones.isEmpty() || phones.stream().filter(ContactPhone::primary).count() == 1, "phones",
                "exactly one number must be primary");
        Set<EmailAddress> seenEmails = new HashSet<>();
        emails.forEach(e -> Preconditions.check(seenEmails.add(e.address()), "emails",
                "lists " + e.address() + " twice"));
        Set<PhoneNumber> seenPhones = new HashSet<>();
        phones.forEach(p -> Preconditions.check(seenPhones.add(p.number()), "phones",
                "lists " + p.number() + " twice"));
        Set<String> networks = new HashSet<>();
        socialHandles.forEach(s -> Preconditions.check(networks.add(s.network()), "socialHandles",
                "has two handles on " + s.network()));
        Preconditions.check(preferredLanguage == null || !preferredLanguage.getLanguage().isEmpty(),
                "preferredLanguage", "must name a language");
    }

    /** A profile with only a name; add the rest with the {@code with...} methods. */
    public static ContactProfile named(String name) {
        return new ContactProfile(name, List.of(), List.of(), null, null, List.of(), null, null, CustomFields.none(),
                Set.of());
    }

    /** The address mail goes to, if the contact has any. */
    public Optional<EmailAddress> primaryEmail() {
        return emails.stream().filter(ContactEmail::primary).map(ContactEmail::address).findFirst();
    }

    /** The number to call, if the contact has any. */
    public Optional<PhoneNumber> primaryPhone() {
        return phones.stream().filter(ContactPhone::primary).map(ContactPhone::number).findFirst();
    }

    /** Every address of the contact, primary first. */
    public List<EmailAddress> emailAddresses() {
        List<EmailAddress> all = new ArrayList<>();
        primaryEmail().ifPresent(all::add);
        emails.stream().filter(e -> !e.primary()).forEach(e -> all.add(e.address()));
        return all;
    }

    public ContactProfile withName(String value) {
        return new ContactProfile(value, emails, phones, jobTitle, accountId, socialHandles, preferredLanguage,
                timeZone, customFields, tags);
    }

    public ContactProfile withEmails(List<ContactEmail> value) {
        return new ContactProfile(name, value, phones, jobTitle, accountId, socialHandles, preferredLanguage,
                timeZone, customFields, tags);
    }

    /** The first address becomes primary, the others further addresses. */
    public ContactProfile withEmails(EmailAddress primary, EmailAddress... others) {
        List<ContactEmail> list = new ArrayList<>();
        list.add(ContactEmail.primary(primary));
        for (EmailAddress other : others) {
            list.add(ContactEmail.other(other, null));
        }
        return withEmails(list);
    }

    public ContactProfile withPhones(List<ContactPhone> value) {
        return new ContactProfile(name, emails, value, jobTitle, accountId, socialHandles, preferredLanguage,
                timeZone, customFields, tags);
    }

    /** The first number becomes primary, the others further numbers. */
    public ContactProfile withPhones(PhoneNumber primary, PhoneNumber... others) {
        List<ContactPhone> list = new ArrayList<>();
        list.add(ContactPhone.primary(primary));
        for (PhoneNumber other : others) {
            list.add(ContactPhone.other(other, null));
        }
        return withPhones(list);
    }

    public ContactProfile withJobTitle(String value) {
        return new ContactProfile(name, emails, phones, value, accountId, socialHandles, preferredLanguage,
                timeZone, customFields, tags);
    }

    public ContactProfile withAccount(AccountId value) {
        return new ContactProfile(name, emails, phones, jobTitle, value, socialHandles, preferredLanguage,
                timeZone, customFields, tags);
    }

    public ContactProfile withSocialHandles(List<SocialHandle> value) {
        return new ContactProfile(name, emails, phones, jobTitle, accountId, value, preferredLanguage,
                timeZone, customFields, tags);
    }

    public ContactProfile withPreferredLanguage(Locale value) {
        return new ContactProfile(name, emails, phones, jobTitle, accountId, socialHandles, value,
                timeZone, customFields, tags);
    }

    public ContactProfile withTimeZone(ZoneId value) {
        return new ContactProfile(name, emails, phones, jobTitle, accountId, socialHandles, preferredLanguage,
                value, customFields, tags);
    }

    public ContactProfile withCustomFields(CustomFields value) {
        return new ContactProfile(name, emails, phones, jobTitle, accountId, socialHandles, preferredLanguage,
                timeZone, value, tags);
    }

    public ContactProfile withTags(Set<Tag> value) {
        return new ContactProfile(name, emails, phones, jobTitle, accountId, socialHandles, preferredLanguage,
                timeZone, customFields, value);
    }

    public ContactProfile withTags(String... value) {
        Set<Tag> set = new TreeSet<>();
        for (String tag : value) {
            set.add(Tag.of(tag));
        }
        return withTags(set);
    }
}
