package com.kraviabridge.erp.odoo;

/**
 * One thing {@code bridge odoo setup} makes in Odoo for the collection desk (a field on invoices or a view
 * extension) and how it stands there.
 */
public record DeskPiece(Kind kind, String name, State state) {

    /** What the piece is in Odoo. */
    public enum Kind {
        FIELD("field"), VIEW("view");

        private final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** How the piece stands: as this bridge would make it, absent, or made by an older bridge (or changed). */
    public enum State {
        IN_PLACE("in place"), MISSING("missing"), OUT_OF_DATE("out of date");

        private final String words;

        State(String words) {
            this.words = words;
        }
    }

    /** For example {@code view kravia_bridge.account_move_form}. */
    public String what() {
        return kind.word + " " + name;
    }

    /** For example {@code view kravia_bridge.account_move_form: out of date}. */
    public String describe() {
        return what() + ": " + state.words;
    }

    DeskPiece withState(State newState) {
        return new DeskPiece(kind, name, newState);
    }
}
