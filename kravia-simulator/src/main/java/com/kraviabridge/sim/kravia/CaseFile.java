package com.kraviabridge.sim.kravia;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's mutable record of one case. It only keeps the books straight; the rules that decide when
 * it moves live in {@link Lifecycle} and {@link CaseMoney}. Guarded by the simulator's lock.
 */
final class CaseFile {

    private final long id;
    private final long debtorId;
    private final Registration registration;
    private final LocalDate registeredOn;

    private BigDecimal capital;
    private BigDecimal fees = Money.ZERO;
    private BigDecimal interest = Money.ZERO;
    private CaseStatus status;
    private CaseStatus statusBeforePause;
    private CloseReason closeReason;
    private int daysInStage;
    private LocalDateTime lastUpdated;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<PaymentEntry> payments = new ArrayList<>();
    private String kid;

    CaseFile(long id, long debtorId, Registration registration, LocalDate registeredOn) {
        this.id = id;
        this.debtorId = debtorId;
        this.registration = registration;
        this.registeredOn = registeredOn;
        this.capital = Money.of(registration.originalAmount());
        CaseStatus initial = registration.claimType() == ClaimType.COLLECTION_CASE
                ? CaseStatus.REGISTERED : CaseStatus.INVOICE_SENT;
        enter(initial, registeredOn, registration.claimType() == ClaimType.COLLECTION_CASE
                ? "Case registered for collection" : registration.claimType().wireName() + " registered for sending");
    }

    long id() {
        return id;
    }

    /** The creditor's payment reference for the invoice (its KID), as the creditor's portal records it. */
    String kid() {
        return kid;
    }

    void kid(String value) {
        this.kid = value;
    }

    long creditorId() {
        return registration.creditorId();
    }

    ClaimType claimType() {
        return registration.claimType();
    }

    String invoiceNo() {
        return registration.invoiceNo();
    }

    String accountingInvoiceId() {
        return registration.accountingInvoiceId();
    }

    String currencyCode() {
        return registration.currencyCode();
    }

    LocalDate dueDate() {
        return registration.dueDate();
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    CaseStatus status() {
        return status;
    }

    boolean closed() {
        return status == CaseStatus.CLOSED;
    }

    BigDecimal capital() {
        return capital;
    }

    BigDecimal fees() {
        return fees;
    }

    BigDecimal interest() {
        return interest;
    }

    int daysInStage() {
        return daysInStage;
    }

    LocalDateTime lastUpdated() {
        return lastUpdated;
    }

    void enter(CaseStatus next, LocalDate day, String description) {
        status = next;
        daysInStage = 0;
        timeline.add(new TimelineEntry(day, next, description));
    }

    void dayPassed() {
        daysInStage++;
    }

    /** Pausing keeps the days already spent in the stage, so resuming continues where the case stood. */
    void pause(LocalDate day, String description) {
        statusBeforePause = status;
        int spent = daysInStage;
        enter(CaseStatus.PAUSED, day, description);
        daysInStage = spent;
    }

    void resume(LocalDate day, String description) {
        int spent = daysInStage;
        enter(statusBeforePause, day, description);
        daysInStage = spent;
        statusBeforePause = null;
    }

    void close(CloseReason reason, LocalDate day, String description) {
        closeReason = reason;
        enter(CaseStatus.CLOSED, day, description);
    }

    void addFee(BigDecimal fee) {
        fees = fees.add(fee);
    }

    void addInterest(BigDecimal amount) {
        interest = interest.add(amount);
    }

    /** Takes up to {@code wanted} off the capital and returns what was taken. */
    BigDecimal takeCapital(BigDecimal wanted) {
        BigDecimal taken = Money.min(wanted, capital);
        capital = capital.subtract(taken);
        return taken;
    }

    BigDecimal takeFees(BigDecimal wanted) {
        BigDecimal taken = Money.min(wanted, fees);
        fees = fees.subtract(taken);
        return taken;
    }

    BigDecimal takeInterest(BigDecimal wanted) {
        BigDecimal taken = Money.min(wanted, interest);
        interest = interest.subtract(taken);
        return taken;
    }

    void writeOffCosts() {
        fees = Money.ZERO;
        interest = Money.ZERO;
    }

    void record(PaymentEntry payment) {
        payments.add(payment);
    }

    void stamp(LocalDateTime time) {
        lastUpdated = time;
    }

    InvoiceSnapshot snapshot() {
        return new InvoiceSnapshot(id, registration.creditorId(), debtorId, registration.claimType(),
                registration.invoiceNo(), registration.accountingInvoiceId(), registration.invoiceDate(),
                registration.dueDate(), registeredOn, registration.currencyCode(), Money.of(registration.originalAmount()),
                capital, fees, interest, status, closeReason, lastUpdated, timeline, payments);
    }
}
