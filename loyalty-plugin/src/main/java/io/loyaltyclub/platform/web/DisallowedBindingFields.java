package io.loyaltyclub.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Every form binder of the dispatcher servlet this advice is declared in (the storefront's through
 * {@code bl-loyalty-site-servlet.xml}, the admin's through {@code bl-loyalty-admin-servlet.xml}; Broadleaf's own
 * controllers included) ignores fields that reach an object's {@code getClass()}: {@code class.*}, {@code Class.*},
 * {@code *.class.*} and {@code *.Class.*}. Spring 3.2 keeps only {@code class.classLoader} and
 * {@code class.protectionDomain} away from binding; on JDK 9+ {@code class.module.classLoader} gets around that (the
 * precondition of CVE-2022-22965), and Spring 3.2 gets no fix. Such a field is dropped like a field the form does not
 * have. Fields a controller disallows itself are kept: they are added to, not replaced.
 *
 * <p>Spring 3.2 runs advice binder methods before the controller's own, so a controller that calls
 * {@code setDisallowedFields} itself must add to {@link WebDataBinder#getDisallowedFields()} rather than replace it.
 */
@ControllerAdvice
public class DisallowedBindingFields {

    /** Spring's own patterns for the advisory's fix ({@code *} matches any part of a property path). */
    static final String[] CLASS_FIELDS = {"class.*", "Class.*", "*.class.*", "*.Class.*"};

    @InitBinder
    public void refuseClassFields(WebDataBinder binder) {
        Set<String> fields = new LinkedHashSet<String>();
        if (binder.getDisallowedFields() != null) {
            fields.addAll(Arrays.asList(binder.getDisallowedFields()));
        }
        fields.addAll(Arrays.asList(CLASS_FIELDS));
        binder.setDisallowedFields(fields.toArray(new String[fields.size()]));
    }
}
