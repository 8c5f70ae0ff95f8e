package com.kraviabridge.erp.odoo;

import com.kraviabridge.core.domain.ReviewTask;
import com.kraviabridge.core.port.RemoteFailure;
import com.kraviabridge.core.port.erp.ReviewTasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * To-dos as Odoo activities ({@code mail.activity}) on invoices, of the To-Do type ({@code mail.mail_activity_data_todo}).
 * Many are created with one {@code create} of a list and marked done with one {@code action_feedback} on their ids,
 * which posts the "done" message on each invoice. A done activity is deleted, or archived when its type keeps done
 * ones, so a plain search finds only the open ones. The document is named by {@code res_model_id} (the id of the
 * model {@code account.move}); {@code res_model} is derived from it and cannot be given instead.
 *
 * <p>Each to-do is for the user whose login {@code odoo.review-user} names; without it, for the invoice's salesperson
 * when that user is active, else for the bridge's own user.
 */
final class OdooReviewTasks implements ReviewTasks {

    static final String INVOICE_MODEL = "account.move";
    private static final String ACTIVITY = "mail.activity";

    private final OdooClient odoo;
    private final String reviewLogin;
    private volatile Long invoiceModelId;
    private volatile Optional<Long> todoType;
    private volatile Long reviewUser;

    /** @param reviewLogin the login of the user every to-do is for; null for the invoice's salesperson */
    OdooReviewTasks(OdooClient odoo, String reviewLogin) {
        this.odoo = odoo;
        this.reviewLogin = reviewLogin == null || reviewLogin.isBlank() ? null : reviewLogin.strip();
    }

    @Override
    public List<Long> open(long companyId, List<ReviewTask> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        long model = invoiceModel();
        Optional<Long> type = todoType();
        Map<Long, Long> assignees = assignees(companyId, tasks.stream().map(ReviewTask::invoiceId).toList());
        List<Map<String, Object>> vals = new ArrayList<>();
        for (ReviewTask task : tasks) {
            if (!assignees.containsKey(task.invoiceId())) {
                continue;
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("res_model_id", model);
            v.put("res_id", task.invoiceId());
            type.ifPresent(id -> v.put("activity_type_id", id));
            v.put("summary", task.summary());
            v.put("note", NoteBody.html(task.note()));
            v.put("user_id", assignees.get(task.invoiceId()));
            vals.add(v);
        }
        List<Long> created = vals.isEmpty() ? List.of() : create(companyId, vals);
        List<Long> ids = new ArrayList<>();
        int next = 0;
        for (ReviewTask task : tasks) {
            ids.add(assignees.containsKey(task.invoiceId()) ? created.get(next++) : NOT_OPENED);
        }
        return ids;
    }

    private List<Long> create(long companyId, List<Map<String, Object>> vals) {
        Object answer = odoo.write(companyId, ACTIVITY, "create", List.of(vals), Map.of());
        List<Long> ids = new ArrayList<>();
        if (answer instanceof Number n) {
            ids.add(n.longValue());
        } else if (answer instanceof List<?> list) {
            list.forEach(id -> ids.add(((Number) id).longValue()));
        }
        if (ids.size() != vals.size()) {
            throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo's create of " + vals.size()
                    + " activities did not answer with as many ids: " + answer);
        }
        return ids;
    }

    @Override
    public void markDone(long companyId, Collection<Long> taskIds, String feedback) {
        for (List<Long> chunk : Chunks.of(new LinkedHashSet<>(taskIds), odoo.pageSize())) {
            odoo.write(companyId, ACTIVITY, "action_feedback", List.of(chunk), Map.of("feedback", feedback));
        }
    }

    @Override
    public Set<Long> stillOpen(long companyId, Collection<Long> taskIds) {
        Set<Long> open = new HashSet<>();
        for (List<Long> chunk : Chunks.of(new LinkedHashSet<>(taskIds), odoo.pageSize())) {
            odoo.searchRead(companyId, ACTIVITY, Domain.where("id", "in", chunk), List.of("id"), "id", 0)
                    .forEach(r -> open.add(r.id()));
        }
        return open;
    }

    @Override
    public Optional<Long> findOpen(long companyId, long invoiceId, String summary) {
        return odoo.searchRead(companyId, ACTIVITY, Domain.where("res_model", "=", INVOICE_MODEL)
                        .and("res_id", "=", invoiceId).and("summary", "=", summary), List.of("id"), "id", 1)
                .stream().map(OdooRecord::id).findFirst();
    }

    /**
     * The user of each invoice's to-do, for the invoices that still exist (an invoice deleted in Odoo gets none).
     * Reviews are for people: a salesperson who no longer works in Odoo (archived) is passed over for the bridge's
     * own user.
     */
    private Map<Long, Long> assignees(long companyId, List<Long> invoiceIds) {
        Map<Long, Long> salespeople = new HashMap<>();
        for (OdooRecord invoice : odoo.readByIds(companyId, INVOICE_MODEL, new LinkedHashSet<>(invoiceIds),
                List.of("invoice_user_id"))) {
            salespeople.put(invoice.id(), invoice.refId("invoice_user_id"));
        }
        Map<Long, Long> byInvoice = new HashMap<>();
        if (reviewLogin != null) {
            long user = reviewUser();
            salespeople.keySet().forEach(id -> byInvoice.put(id, user));
            return byInvoice;
        }
        Set<Long> wanted = new HashSet<>(salespeople.values());
        wanted.remove(0L);
        Set<Long> active = new HashSet<>();
        if (!wanted.isEmpty()) {
            odoo.searchRead(OdooClient.NO_COMPANY, "res.users", Domain.where("id", "in", List.copyOf(wanted)),
                    List.of("id"), "id", 0).forEach(u -> active.add(u.id()));
        }
        long bridgeUser = odoo.session().uid();
        salespeople.forEach((invoiceId, salesperson) ->
                byInvoice.put(invoiceId, active.contains(salesperson) ? salesperson : bridgeUser));
        return byInvoice;
    }

    /** The id of the active user whose login {@code odoo.review-user} names, looked up once. */
    private long reviewUser() {
        Long known = reviewUser;
        if (known == null) {
            List<OdooRecord> found = odoo.searchRead(OdooClient.NO_COMPANY, "res.users",
                    Domain.where("login", "=", reviewLogin), List.of("id"), "id", 1);
            if (found.isEmpty()) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "odoo.review-user is '" + reviewLogin
                        + "', but Odoo has no active user with that login; name an existing user's login, or leave"
                        + " the key out to give each to-do to the invoice's salesperson");
            }
            known = found.get(0).id();
            reviewUser = known;
        }
        return known;
    }

    private long invoiceModel() {
        Long known = invoiceModelId;
        if (known == null) {
            List<OdooRecord> found = odoo.searchRead(OdooClient.NO_COMPANY, "ir.model",
                    Domain.where("model", "=", INVOICE_MODEL), List.of("id"), "id", 1);
            if (found.isEmpty()) {
                throw RemoteFailure.permanent(RemoteFailure.Side.ERP, "Odoo does not list the model account.move");
            }
            known = found.get(0).id();
            invoiceModelId = known;
        }
        return known;
    }

    /** The To-Do type by its XML id; when Odoo no longer has it, Odoo's own default type is used. */
    private Optional<Long> todoType() {
        Optional<Long> known = todoType;
        if (known == null) {
            known = odoo.searchRead(OdooClient.NO_COMPANY, "ir.model.data", Domain.where("module", "=", "mail")
                            .and("name", "=", "mail_activity_data_todo"), List.of("res_id"), "id", 1)
                    .stream().map(r -> r.refId("res_id")).filter(id -> id > 0).findFirst();
            todoType = known;
        }
        return known;
    }
}
