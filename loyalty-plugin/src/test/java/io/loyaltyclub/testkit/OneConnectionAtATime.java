package io.loyaltyclub.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Fails a test during which any thread (the test's, a request's, the club's workers and jobs) took a second database
 * connection while holding one, except Hibernate's id segments (see {@link ConnectionWatch}). Registered for every
 * test of this module by JUnit's extension auto-detection ({@code junit-platform.properties}); tests without the
 * harness are not affected.
 */
public final class OneConnectionAtATime implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        for (ConnectionWatch watch : ConnectionWatch.all()) {
            watch.clear();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> nested = new ArrayList<String>();
        for (ConnectionWatch watch : ConnectionWatch.all()) {
            nested.addAll(watch.nested());
            watch.clear();
        }
        assertThat(nested).as("threads that held two database connections at once during "
                + context.getDisplayName()).isEmpty();
    }
}
