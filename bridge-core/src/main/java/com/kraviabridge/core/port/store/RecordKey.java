package com.kraviabridge.core.port.store;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of a remote write in the operations log or of a parked record: what kind of thing it is, the company (or,
 * for Kravia's settlements, the creditor) it belongs to, and the ids that name it there. This is the one place that
 * writes such a key as text and reads it back. The text is what the store keeps, so it never changes for a key
 * already in use: {@code kind:owner:id[:id]}, e.g. {@code register:1:4711} or {@code credit:1:88:912}.
 *
 * <p>A settlement's id is Kravia's and a note's event is ours: both are free text, so either one comes last and
 * takes the rest of the key, colons and all.
 */
public record RecordKey(Kind kind, long owner, List<String> ids) {

    /** What the key names. The code is the first part of the key, and of a write's key also the log's kind. */
    public enum Kind {
        /** The registration of an invoice as a Kravia case (a write): company, invoice id. */
        REGISTER("register", Owner.COMPANY, IdType.NUMBER),
        /** An invoice not forwarded (parked): company, invoice id. */
        INVOICE("invoice", Owner.COMPANY, IdType.NUMBER),
        /** A direct payment to Kravia (a write, and parked when refused): company, allocation id. */
        PAYMENT("payment", Owner.COMPANY, IdType.NUMBER),
        /** An entry on a forwarded invoice that is neither payment nor credit (parked): company, allocation id. */
        ALLOCATION("allocation", Owner.COMPANY, IdType.NUMBER),
        /** A credit note to Kravia (a write, parked when refused): company, credit note's move id, allocation id. */
        CREDIT("credit", Owner.COMPANY, IdType.NUMBER, IdType.NUMBER),
        /** The part of a payment or credit beyond Kravia's capital (parked): company, allocation id. */
        EXCESS("excess", Owner.COMPANY, IdType.NUMBER),
        /** A payment or credit undone in Odoo after it was sent (parked): company, allocation id. */
        UNDONE("undone", Owner.COMPANY, IdType.NUMBER),
        /** The entry of a Kravia settlement in Odoo (a write, parked when it cannot go): creditor, settlement id. */
        SETTLEMENT("settlement", Owner.CREDITOR, IdType.TEXT),
        /** Marking a settlement bookkept in Kravia (a write): creditor, settlement id. */
        BOOKKEEP("bookkeep", Owner.CREDITOR, IdType.TEXT),
        /** A note on an ERP invoice (a write): company, invoice id, the event it reports. */
        NOTE("note", Owner.COMPANY, IdType.NUMBER, IdType.TEXT);

        private final String code;
        private final Owner owner;
        private final List<IdType> ids;

        Kind(String code, Owner owner, IdType... ids) {
            this.code = code;
            this.owner = owner;
            this.ids = List.of(ids);
        }

        public String code() {
            return code;
        }

        /** The kind whose key starts with this code. */
        public static Optional<Kind> ofCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }
    }

    private enum Owner { COMPANY, CREDITOR }

    private enum IdType { NUMBER, TEXT }

    private static final char SEPARATOR = ':';

    public RecordKey {
        Objects.requireNonNull(kind, "kind");
        ids = List.copyOf(ids);
        if (ids.size() != kind.ids.size()) {
            throw new IllegalArgumentException("a " + kind.code + " key has " + kind.ids.size() + " id(s), not "
                    + ids.size() + ": " + ids);
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            boolean last = i == ids.size() - 1;
            if (id.isEmpty() || (kind.ids.get(i) == IdType.NUMBER && !isNumber(id))
                    || (!last && id.indexOf(SEPARATOR) >= 0)) {
                throw new IllegalArgumentException("not an id of a " + kind.code + " key: '" + id + "'");
            }
        }
    }

    public static RecordKey registration(long companyId, long invoiceId) {
        return new RecordKey(Kind.REGISTER, companyId, List.of(Long.toString(invoiceId)));
    }

    public static RecordKey invoice(long companyId, long invoiceId) {
        return new RecordKey(Kind.INVOICE, companyId, List.of(Long.toString(invoiceId)));
    }

    public static RecordKey payment(long companyId, long allocationId) {
        return new RecordKey(Kind.PAYMENT, companyId, List.of(Long.toString(allocationId)));
    }

    public static RecordKey allocation(long companyId, long allocationId) {
        return new RecordKey(Kind.ALLOCATION, companyId, List.of(Long.toString(allocationId)));
    }

    public static RecordKey credit(long companyId, long creditNoteMoveId, long allocationId) {
        return new RecordKey(Kind.CREDIT, companyId, List.of(Long.toString(creditNoteMoveId), Long.toString(allocationId)));
    }

    public static RecordKey excess(long companyId, long allocationId) {
        return new RecordKey(Kind.EXCESS, companyId, List.of(Long.toString(allocationId)));
    }

    public static RecordKey undone(long companyId, long allocationId) {
        return new RecordKey(Kind.UNDONE, companyId, List.of(Long.toString(allocationId)));
    }

    public static RecordKey settlement(long creditorId, String settlementId) {
        return new RecordKey(Kind.SETTLEMENT, creditorId, List.of(settlementId));
    }

    public static RecordKey bookkeeping(long creditorId, String settlementId) {
        return new RecordKey(Kind.BOOKKEEP, creditorId, List.of(settlementId));
    }

    public static RecordKey note(long companyId, long invoiceId, String event) {
        return new RecordKey(Kind.NOTE, companyId, List.of(Long.toString(invoiceId), event));
    }

    /** The key as the store keeps it. */
    public String text() {
        StringBuilder text = new StringBuilder(kind.code).append(SEPARATOR).append(owner);
        ids.forEach(id -> text.append(SEPARATOR).append(id));
        return text.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** The key written as {@code text}; empty when it is not a key of any kind. */
    public static Optional<RecordKey> tryParse(String text) {
        int first = text.indexOf(SEPARATOR);
        Optional<Kind> kind = first < 0 ? Optional.empty() : Kind.ofCode(text.substring(0, first));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = text.substring(first + 1).split(String.valueOf(SEPARATOR), kind.get().ids.size() + 1);
        if (parts.length != kind.get().ids.size() + 1 || !isNumber(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordKey(kind.get(), Long.parseLong(parts[0]),
                    Arrays.asList(parts).subList(1, parts.length)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** The key written as {@code text}. */
    public static RecordKey parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a record key: '" + text + "'"));
    }

    /** The ERP company the key belongs to; a settlement's key belongs to a creditor instead. */
    public long companyId() {
        require(kind.owner == Owner.COMPANY, "company");
        return owner;
    }

    /** The Kravia creditor a settlement's key belongs to. */
    public long creditorId() {
        require(kind.owner == Owner.CREDITOR, "creditor");
        return owner;
    }

    /** The ERP invoice a registration, a parked invoice or a note is about. */
    public long invoiceId() {
        require(kind == Kind.REGISTER || kind == Kind.INVOICE || kind == Kind.NOTE, "invoice");
        return Long.parseLong(ids.get(0));
    }

    /** The event a note reports. */
    public String event() {
        require(kind == Kind.NOTE, "event");
        return ids.get(1);
    }

    /**
     * The write a person may ask to send again when this parked record is its refusal: an invoice's registration, or
     * the payment, credit or settlement itself (those are parked under their write's own key). Empty for what the
     * other side never refused.
     */
    public Optional<RecordKey> refusedWrite() {
        return switch (kind) {
            case INVOICE -> Optional.of(new RecordKey(Kind.REGISTER, owner, ids));
            case PAYMENT, CREDIT, SETTLEMENT -> Optional.of(this);
            default -> Optional.empty();
        };
    }

    private void require(boolean holds, String what) {
        if (!holds) {
            throw new IllegalStateException("a " + kind.code + " key names no " + what + ": " + text());
        }
    }

    /** Only a number as {@link Long#toString} writes it, so that the key reads back to the very same text. */
    private static boolean isNumber(String id) {
        try {
            return Long.toString(Long.parseLong(id)).equals(id);
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
