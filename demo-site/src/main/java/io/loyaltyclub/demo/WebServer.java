package io.loyaltyclub.demo;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardContext;
import org.apache.catalina.filters.HttpHeaderSecurityFilter;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Constants;
import org.apache.catalina.startup.ContextConfig;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.scan.StandardJarScanner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * One web application (its {@code WEB-INF/web.xml} and pages under {@code webapps/<name>/} on the
 * classpath) in an embedded Tomcat 9 on one port.
 */
final class WebServer {

    private final Tomcat tomcat;
    private final Context context;
    private final String name;

    WebServer(String name, String address, int port, String contextPath, File workDir) {
        this.name = name;
        tomcat = new Tomcat();
        tomcat.setBaseDir(new File(workDir, "tomcat-" + name).getAbsolutePath());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(port);
        connector.setURIEncoding("UTF-8");
        connector.setProperty("address", address);
        connector.setProperty("maxThreads", "64");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        ApiErrorReportValve.installOn(tomcat.getHost());

        StandardContext ctx = new StandardContext();
        ctx.setName(contextPath);
        ctx.setPath(contextPath);
        ctx.setDocBase(docBase(name, workDir).getAbsolutePath());
        ctx.setParentClassLoader(WebServer.class.getClassLoader());
        ctx.setDelegate(true);
        ctx.setRequestCharacterEncoding("UTF-8");
        ctx.setResponseCharacterEncoding("UTF-8");
        ctx.setUseHttpOnly(true);
        // A dispatcher servlet that cannot start fails the application, instead of a site that answers 404.
        ctx.setFailCtxIfServletStartFails(true);
        ContextConfig config = new ContextConfig();
        // No JSP: Broadleaf's storefront and admin render with Thymeleaf.
        config.setDefaultWebXml(Constants.NoDefaultWebXml);
        ctx.addLifecycleListener(config);
        // The content types Tomcat's default web.xml would have brought (image/svg+xml, text/css, ...).
        Tomcat.addDefaultMimeTypeMappings(ctx);
        StandardManager sessions = new StandardManager();
        sessions.setPathname(null);
        ctx.setManager(sessions);
        StandardJarScanner jarScanner = new StandardJarScanner();
        jarScanner.setScanClassPath(false);
        jarScanner.setScanManifest(false);
        ctx.setJarScanner(jarScanner);
        addSecurityHeadersAndCookies(ctx);
        tomcat.getHost().addChild(ctx);
        this.context = ctx;
    }

    /**
     * What a merchant's Tomcat gets from {@code <CookieProcessor sameSiteCookies="lax"/>} in context.xml and Tomcat's
     * {@code HttpHeaderSecurityFilter} first in web.xml: every cookie (the session's, the club's referral and share
     * cookies) {@code SameSite=Lax}; every answer {@code X-Frame-Options: SAMEORIGIN} and
     * {@code X-Content-Type-Options: nosniff} (and HSTS over HTTPS).
     */
    private static void addSecurityHeadersAndCookies(StandardContext ctx) {
        Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("lax");
        ctx.setCookieProcessor(cookies);
        FilterDef headers = new FilterDef();
        headers.setFilterName("securityHeaders");
        headers.setFilterClass(HttpHeaderSecurityFilter.class.getName());
        headers.addInitParameter("antiClickJackingOption", "SAMEORIGIN");
        headers.addInitParameter("blockContentTypeSniffingEnabled", "true");
        headers.addInitParameter("xssProtectionEnabled", "false");
        ctx.addFilterDef(headers);
        FilterMap everything = new FilterMap();
        everything.setFilterName("securityHeaders");
        everything.addURLPattern("/*");
        everything.setDispatcher("REQUEST");
        everything.setDispatcher("ERROR");
        ctx.addFilterMapBefore(everything);
    }

    /** Starts the server; fails when the application did not start (its Spring context failed, say). */
    void start() {
        try {
            tomcat.start();
        } catch (LifecycleException e) {
            throw new IllegalStateException("The " + name + " did not start", e);
        }
        if (context.getState() != LifecycleState.STARTED) {
            stop();
            throw new IllegalStateException("The " + name + " did not start; its log above says why");
        }
    }

    void stop() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            // Stopping anyway.
        }
    }

    /**
     * The folder holding {@code webapps/<name>}: used in place when the classes are a folder (a build),
     * unpacked under the work folder when they are in a jar.
     */
    private static File docBase(String name, File workDir) {
        String marker = "webapps/" + name + "/WEB-INF/web.xml";
        URL url = WebServer.class.getClassLoader().getResource(marker);
        if (url == null) {
            throw new IllegalStateException("No " + marker + " on the classpath");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return new File(url.toURI()).getParentFile().getParentFile();
            }
            File target = new File(workDir, "webapp-" + name);
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            try (JarFile jar = connection.getJarFile()) {
                String prefix = "webapps/" + name + "/";
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(prefix) && !entry.isDirectory()) {
                        Path out = target.toPath().resolve(entry.getName().substring(prefix.length()));
                        Files.createDirectories(out.getParent());
                        try (InputStream in = jar.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
