package org.smartbizflow.crm.core.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.smartbizflow.crm.contact.ContactChange;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactProfile;
import org.smartbizflow.crm.contact.port.in.ChangeReportsTo;
import org.smartbizflow.crm.contact.port.in.Contacts;
import org.smartbizflow.crm.contact.port.in.CreateContact;
import org.smartbizflow.crm.core.Crm;
import org.smartbizflow.crm.shared.Actor;
import org.smartbizflow.crm.shared.TenantId;

/**
 * Whatever sequence of reporting-line changes users try, the stored lines never loop, and a
 * change is refused exactly when it would close a loop.
 */
class ReportsToProperties {

    private static final int PEOPLE = 8;

    @Property(tries = 200)
    void reportingLinesNeverLoop(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = PEOPLE) Integer> from,
                                 @ForAll @Size(max = 40) List<@IntRange(min = 0, max = PEOPLE) Integer> to) {
        Crm crm = Crm.builder().clock(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC)).build();
        Contacts contacts = crm.session(TenantId.of("acme"), Actor.system()).contacts();
        List<ContactId> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(contacts.create(CreateContact.of(ContactProfile.named("Person " + i))));
        }
        Map<ContactId, ContactId> model = new HashMap<>();
        for (int step = 0; step < Math.min(from.size(), to.size()); step++) {
            ContactId who = people.get(from.get(step) % PEOPLE);
            // PEOPLE stands for "no manager"
            ContactId manager = to.get(step) == PEOPLE ? null : people.get(to.get(step));
            boolean wouldLoop = manager != null && reaches(model, manager, who);

            ContactChange result = contacts.reportTo(new ChangeReportsTo(who, manager));

            assertThat(result instanceof ContactChange.Refused).as("refused %s -> %s", who, manager)
                    .isEqualTo(wouldLoop);
            if (!wouldLoop) {
                if (manager == null) {
                    model.remove(who);
                } else {
                    model.put(who, manager);
                }
            }
        }
        for (ContactId person : people) {
            assertThat(contacts.get(person).reportsTo()).isEqualTo(model.get(person));
            List<ContactId> chain = contacts.managers(person);
            assertThat(new HashSet<>(chain)).hasSize(chain.size()).doesNotContain(person);
        }
    }

    /** Does following the lines up from {@code start} reach {@code target} (or is it the same)? */
    private static boolean reaches(Map<ContactId, ContactId> lines, ContactId start, ContactId target) {
        Set<ContactId> seen = new HashSet<>();
        for (ContactId at = start; at != null && seen.add(at); at = lines.get(at)) {
            if (at.equals(target)) {
                return true;
            }
        }
        return false;
    }
}
