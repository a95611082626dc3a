package io.loyaltyclub.action.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

class ActionRuleImplTest {

    @Test
    void a_detached_copy_has_every_field_of_the_rule_a_field_added_later_too() throws Exception {
        ActionRuleImpl rule = new ActionRuleImpl();
        int n = 1;
        for (Field field : fields()) {
            Class<?> type = field.getType();
            Object value = type == Long.class ? (Object) (long) n : type == long.class ? (long) n
                    : type == Integer.class ? (Object) n : type == boolean.class ? (Object) true
                    : type == String.class ? "value " + n : null;
            assertThat(value).as("a value for " + field.getName() + " of " + type).isNotNull();
            field.set(rule, value);
            n++;
        }

        ActionRuleImpl copy = rule.detachedCopy();

        assertThat(copy).isNotSameAs(rule);
        for (Field field : fields()) {
            assertThat(field.get(copy)).as(field.getName()).isEqualTo(field.get(rule));
        }
    }

    private static java.util.List<Field> fields() {
        java.util.List<Field> fields = new java.util.ArrayList<Field>();
        for (Field field : ActionRuleImpl.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }
}
