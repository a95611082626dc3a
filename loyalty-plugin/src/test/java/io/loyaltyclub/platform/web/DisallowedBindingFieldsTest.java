package io.loyaltyclub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

class DisallowedBindingFieldsTest {

    /** A form object like the cart's: one plain field. */
    public static class Form {
        private int quantity;

        public int getQuantity() {
            return quantity;
        }

        public void setQuantity(int quantity) {
            this.quantity = quantity;
        }
    }

    /** A form with a nested object, as Broadleaf's checkout and registration forms have. */
    public static class NestedForm {
        private final Form item = new Form();

        public Form getItem() {
            return item;
        }
    }

    private static BindingResult bind(Object target, boolean guarded, String field, String value) {
        WebDataBinder binder = new WebDataBinder(target, "form");
        if (guarded) {
            new DisallowedBindingFields().refuseClassFields(binder);
        }
        MutablePropertyValues values = new MutablePropertyValues();
        values.add(field, value);
        values.add(target instanceof Form ? "quantity" : "item.quantity", "2");
        binder.bind(values);
        return binder.getBindingResult();
    }

    @Test
    void without_the_guard_the_jdk9_path_to_the_class_loader_is_bound() {
        // The precondition of CVE-2022-22965 on Spring 3.2: the value reaches ClassLoader.setDefaultAssertionStatus.
        BindingResult result = bind(new Form(), false, "class.module.classLoader.defaultAssertionStatus", "nonsense");
        assertThat(result.getFieldError("class.module.classLoader.defaultAssertionStatus")).isNotNull();
    }

    @Test
    void class_fields_are_dropped_like_unknown_fields() {
        for (String field : new String[] {"class.module.classLoader.defaultAssertionStatus",
                "Class.module.classLoader.defaultAssertionStatus", "class.classLoader.defaultAssertionStatus"}) {
            Form form = new Form();
            BindingResult result = bind(form, true, field, "nonsense");
            assertThat(result.hasErrors()).as(field).isFalse();
            assertThat(result.getSuppressedFields()).as(field).contains(field);
            assertThat(form.getQuantity()).as("the form's own field is still bound").isEqualTo(2);
        }
    }

    @Test
    void nested_class_fields_are_dropped_too() {
        for (String field : new String[] {"item.class.module.classLoader.defaultAssertionStatus",
                "item.Class.module.classLoader.defaultAssertionStatus"}) {
            NestedForm form = new NestedForm();
            BindingResult unguarded = bind(new NestedForm(), false, field, "nonsense");
            assertThat(unguarded.getFieldError(field)).as("reached without the guard: " + field).isNotNull();
            BindingResult result = bind(form, true, field, "nonsense");
            assertThat(result.hasErrors()).as(field).isFalse();
            assertThat(result.getSuppressedFields()).as(field).contains(field);
            assertThat(form.getItem().getQuantity()).isEqualTo(2);
        }
    }

    @Test
    void fields_a_controller_disallowed_before_are_kept() {
        WebDataBinder binder = new WebDataBinder(new Form(), "form");
        binder.setDisallowedFields("quantity");
        new DisallowedBindingFields().refuseClassFields(binder);
        assertThat(binder.getDisallowedFields()).contains("quantity", "class.*", "Class.*", "*.class.*", "*.Class.*");
    }
}
