package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.PaymentState;

import java.util.List;
import java.util.Map;

/**
 * Every difference between Odoo majors that the bridge touches, in one place (docs/odoo-notes.md §4). Built from the
 * major the server reports in {@code version()}, never assumed.
 *
 * <table>
 *   <caption>What changed</caption>
 *   <tr><th>what</th><th>16 / 17</th><th>18</th><th>19 / 20</th></tr>
 *   <tr><td>move's reversals</td><td>{@code reversal_move_id}</td><td colspan="2">{@code reversal_move_ids}</td></tr>
 *   <tr><td>move's payment</td><td>{@code payment_id}</td><td colspan="2">{@code origin_payment_id}</td></tr>
 *   <tr><td>payment memo</td><td>{@code ref}</td><td colspan="2">{@code memo}</td></tr>
 *   <tr><td>account's company</td><td>{@code company_id}</td><td colspan="2">{@code company_ids}, code per
 *       company</td></tr>
 *   <tr><td>{@code payment_state}</td><td></td><td colspan="2">adds {@code blocked}</td></tr>
 *   <tr><td>protocol</td><td colspan="2">JSON-RPC, XML-RPC</td><td>JSON-2; 19 still answers the other two but
 *       logs a deprecation warning for every call, 20 answers them 404</td></tr>
 * </table>
 * {@code message_post} takes {@code body_is_html} from 17 on; without it 17+ escapes the body (docs/odoo-notes.md §4).
 *
 * <p>What 19 changed that needs no switch here, because the bridge reads answers in a way that fits every major:
 * {@code message_post} answers a list with the message id (an id before), which the bridge does not read;
 * {@code action_post} answers {@code False} (and {@code create} over JSON-2 always a list of ids), both accepted
 * by {@link OdooClient}; JSON-RPC's {@code error.code} is 0 instead of 200, and errors are told apart by the
 * exception's name only; the fields 19 removed ({@code res.users.groups_id}, {@code res.groups.users}, partner
 * {@code mobile}, {@code title} and {@code debit_limit}, {@code account.account.deprecated},
 * {@code account.move.partner_credit}, move line {@code tax_tag_invert}) are read nowhere; and account codes of the
 * same chart differ between majors (a bank journal's default account, the outstanding receipts account), so the
 * bridge finds accounts by the codes the administrator configures or by the journal, never by a built-in code.
 */
final class OdooDialect {

    static final int OLDEST_SUPPORTED = 16;
    static final int NEWEST_KNOWN = 20;

    private final int major;

    private OdooDialect(int major) {
        this.major = major;
    }

    /** The dialect of this major; majors newer than the ones known are read like the newest known. */
    public static OdooDialect forMajor(int major) {
        if (major < OLDEST_SUPPORTED) {
            throw new IllegalArgumentException("Odoo " + major + " is not supported; the bridge needs Odoo "
                    + OLDEST_SUPPORTED + " or later");
        }
        return new OdooDialect(major);
    }

    public int major() {
        return major;
    }

    /**
     * Odoo deprecated {@code /jsonrpc} and {@code /xmlrpc} in this major (every call logs a server warning) or
     * removed them; JSON-2 is the protocol to use.
     */
    public boolean deprecatesRpc() {
        return major >= 19;
    }

    /** One2many from an invoice to its credit notes / reversals. */
    public String reversalsField() {
        return major >= 18 ? "reversal_move_ids" : "reversal_move_id";
    }

    /** Many2one from a journal entry to the payment it belongs to. */
    public String movePaymentField() {
        return major >= 18 ? "origin_payment_id" : "payment_id";
    }

    /** The payment's free-text communication. */
    public String paymentMemoField() {
        return major >= 18 ? "memo" : "ref";
    }

    /** Domain condition: the account is usable in this company. */
    public List<Object> accountOfCompany(long companyId) {
        return major >= 18 ? List.of("company_ids", "in", List.of(companyId)) : List.of("company_id", "=", companyId);
    }

    /** Keyword arguments of {@code message_post} for an internal note whose body is HTML. */
    public Map<String, Object> internalNote(String htmlBody) {
        if (major >= 17) {
            return Map.of("body", htmlBody, "message_type", "comment", "subtype_xmlid", "mail.mt_note",
                    "body_is_html", true);
        }
        // 16 stores a string body as HTML already and does not know the flag.
        return Map.of("body", htmlBody, "message_type", "comment", "subtype_xmlid", "mail.mt_note");
    }

    /** {@code payment_state} in the core's terms; values a later major may add become OTHER. */
    public PaymentState paymentState(String value) {
        if (value == null) {
            return PaymentState.OTHER;
        }
        return switch (value) {
            case "not_paid" -> PaymentState.NOT_PAID;
            case "partial" -> PaymentState.PARTIAL;
            case "in_payment" -> PaymentState.IN_PAYMENT;
            case "paid" -> PaymentState.PAID;
            case "reversed" -> PaymentState.REVERSED;
            case "blocked" -> major >= 18 ? PaymentState.BLOCKED : PaymentState.OTHER;
            default -> PaymentState.OTHER;
        };
    }

    /** The {@code payment_state} values of an invoice that is still open. */
    public List<String> openPaymentStates() {
        return List.of("not_paid", "partial");
    }

    @Override
    public String toString() {
        return "Odoo " + major;
    }
}
