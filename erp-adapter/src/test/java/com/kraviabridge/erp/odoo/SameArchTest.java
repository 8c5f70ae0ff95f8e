package com.kraviabridge.erp.odoo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SameArchTest {

    private static final String WRITTEN = """
            <data>
                <xpath expr="//field[@name='invoice_date_due']" position="after">
                    <field name="x_kravia_status" optional="show"/>
                </xpath>
            </data>
            """;

    @Test
    void anArchOdooReSerialisedIsTheSame() {
        String stored = "<data><xpath position='after' expr=\"//field[@name='invoice_date_due']\">"
                + "<!-- kept --><field optional=\"show\" name=\"x_kravia_status\"></field></xpath></data>";
        assertThat(SameArch.same(stored, WRITTEN)).isTrue();
    }

    @Test
    void aChangedAttributeAnotherAnchorOrAMissingElementIsNot() {
        assertThat(SameArch.same(WRITTEN.replace("show", "hide"), WRITTEN)).isFalse();
        assertThat(SameArch.same(WRITTEN.replace("invoice_date_due", "ref"), WRITTEN)).isFalse();
        assertThat(SameArch.same("<data><xpath expr=\"//field[@name='invoice_date_due']\" position=\"after\"/></data>",
                WRITTEN)).isFalse();
    }

    @Test
    void anEmptyOrBrokenArchIsNot() {
        assertThat(SameArch.same(null, WRITTEN)).isFalse();
        assertThat(SameArch.same("<data>", WRITTEN)).isFalse();
    }
}
