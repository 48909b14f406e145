package org.smartbizflow.crm.core.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartbizflow.crm.contact.ContactCriteria;
import org.smartbizflow.crm.contact.ContactGroupEvent;
import org.smartbizflow.crm.contact.ContactList;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.Segment;
import org.smartbizflow.crm.contact.SegmentCount;
import org.smartbizflow.crm.contact.SegmentId;
import org.smartbizflow.crm.contact.port.in.SaveSegment;
import org.smartbizflow.crm.contact.port.in.UpdateSegment;
import org.smartbizflow.crm.contact.port.out.SegmentRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.AuditEntry;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.ConcurrencyConflictException;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Page;
import org.smartbizflow.crm.shared.PageRequest;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.RecordAccess;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * Saved dynamic segments. A segment is a shared definition: anyone in the tenant may read and
 * evaluate it, its members are always cut down to the contacts the caller may see, and only
 * its owner (or whoever the policy lets change it) may rename, redefine or delete it.
 */
final class ContactSegments {

    static final String RECORD_TYPE = "Segment";

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ContactService contacts;
    private final SegmentRepository segments;

    ContactSegments(CoreRuntime runtime, CallContext context, ContactService contacts) {
        this.runtime = runtime;
        this.context = context;
        this.contacts = contacts;
        this.segments = runtime.persistence().segments();
    }

    SegmentId save(SaveSegment command) {
        runtime.validate(command);
        Segment.checkCriteria(command.criteria());
        runtime.requireAccess(context, Action.CREATE, new RecordAccess(RECORD_TYPE, null, context.actor().userId()));
        return runtime.transactions().inTransaction(() -> {
            Instant now = runtime.clock().instant();
            Segment segment = Segment.create(SegmentId.of(runtime.ids().next()), context.tenantId(), command.name(),
                    command.criteria(), context.actor().userId(), now);
            requireFreeName(segment);
            segments.insert(segment);
            runtime.audit(List.of(entry(segment, "name", null, segment.name()),
                    entry(segment, "criteria", null, segment.criteria())));
            event(segment, ContactGroupEvent.Change.CREATED, now);
            return segment.id();
        });
    }

    Segment update(UpdateSegment command) {
        runtime.validate(command);
        if (command.criteria() != null) {
            Segment.checkCriteria(command.criteria());
        }
        return runtime.transactions().inTransaction(() -> {
            Segment segment = changeable(command.segmentId(), Action.UPDATE);
            if (command.expectedVersion() != null && command.expectedVersion() != segment.version()) {
                throw new ConcurrencyConflictException(RECORD_TYPE, segment.id(), command.expectedVersion());
            }
            Instant now = runtime.clock().instant();
            Segment changed = segment.changed(command.name() == null ? segment.name() : command.name(),
                    command.criteria() == null ? segment.criteria() : command.criteria(), now);
            List<AuditEntry> audit = new ArrayList<>();
            if (!changed.name().equals(segment.name())) {
                requireFreeName(changed);
                audit.add(entry(segment, "name", segment.name(), changed.name()));
            }
            if (!changed.criteria().equals(segment.criteria())) {
                audit.add(entry(segment, "criteria", segment.criteria(), changed.criteria()));
            }
            if (audit.isEmpty()) {
                return segment;
            }
            segments.update(changed);
            runtime.audit(audit);
            event(changed, ContactGroupEvent.Change.CHANGED, now);
            return changed.nextVersion();
        });
    }

    void delete(SegmentId id) {
        Preconditions.notNull(id, "segmentId");
        runtime.transactions().inTransaction(() -> {
            Segment segment = changeable(id, Action.DELETE);
            segments.delete(context.tenantId(), id);
            runtime.audit(List.of(entry(segment, "*", segment.name(), null)));
            event(segment, ContactGroupEvent.Change.DELETED, runtime.clock().instant());
            return null;
        });
    }

    Segment get(SegmentId id) {
        Preconditions.notNull(id, "segmentId");
        return runtime.transactions().inTransaction(() -> load(id));
    }

    List<Segment> all() {
        return runtime.transactions().inTransaction(() -> segments.all(context.tenantId()));
    }

    Page<ContactView> members(SegmentId id, PageRequest page) {
        Preconditions.notNull(id, "segmentId");
        Preconditions.notNull(page, "page");
        return runtime.transactions().inTransaction(() -> runtime.persistence().contacts()
                .search(context.tenantId(), contacts.visible(load(id).criteria()), page));
    }

    long size(SegmentId id) {
        Preconditions.notNull(id, "segmentId");
        return runtime.transactions().inTransaction(() -> runtime.persistence().contacts()
                .count(context.tenantId(), contacts.visible(load(id).criteria())));
    }

    /** One count query per segment and per list, in one transaction so the figures agree. */
    List<SegmentCount> counts() {
        return runtime.transactions().inTransaction(() -> {
            List<SegmentCount> counts = new ArrayList<>();
            for (Segment segment : segments.all(context.tenantId())) {
                counts.add(new SegmentCount(SegmentCount.Kind.SEGMENT, segment.id().value(), segment.name(),
                        runtime.persistence().contacts().count(context.tenantId(),
                                contacts.visible(segment.criteria()))));
            }
            ContactCriteria everyone = contacts.visible(ContactCriteria.all());
            for (ContactList list : runtime.persistence().contactLists().all(context.tenantId())) {
                counts.add(new SegmentCount(SegmentCount.Kind.LIST, list.id().value(), list.name(),
                        runtime.persistence().contactLists().count(context.tenantId(), list.id(), everyone)));
            }
            return List.copyOf(counts);
        });
    }

    private Segment load(SegmentId id) {
        return segments.find(context.tenantId(), id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    private Segment changeable(SegmentId id, Action action) {
        Segment segment = load(id);
        runtime.requireAccess(context, action, new RecordAccess(RECORD_TYPE, id.toString(), segment.ownerId()));
        return segment;
    }

    private void requireFreeName(Segment segment) {
        segments.findByName(context.tenantId(), segment.name())
                .filter(other -> !other.id().equals(segment.id()))
                .ifPresent(other -> {
                    throw new ValidationException("name", "is taken by another segment: " + other.name());
                });
    }

    private AuditEntry entry(Segment segment, String field, Object before, Object after) {
        return runtime.auditEntry(context, RECORD_TYPE, segment.id(), field, before, after);
    }

    private void event(Segment segment, ContactGroupEvent.Change change, Instant now) {
        runtime.recordEvents(List.of(new ContactGroupEvent.ContactGroupChanged(context.tenantId(),
                SegmentCount.Kind.SEGMENT, segment.id().value(), segment.name(), change, context.actor().userId(),
                Objects.requireNonNull(now))));
    }
}
