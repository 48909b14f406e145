package org.smartbizflow.crm.contact.port.in;

import java.util.Map;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.shared.Page;

/** Segmentation: contacts selected by criteria, evaluated in the store, and their counts. */
public interface SegmentContactsUseCase {

    /** The visible contacts the criteria select, in creation order. */
    Page<ContactView> search(SearchContacts query);

    /** How many visible contacts the criteria select. */
    long count(ContactCriteria criteria);

    /**
     * Contacts by segment: the count of each named segment (one aggregate query each).
     *
     * @return the counts in the order of the given map's iteration
     */
    Map<String, Long> countBySegment(Map<String, ContactCriteria> segments);
}
