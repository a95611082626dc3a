package io.loyaltyclub.demo;

import org.broadleafcommerce.common.extensibility.context.MergeApplicationContextXmlConfigResource;
import org.broadleafcommerce.common.extensibility.context.ResourceInputStream;
import org.broadleafcommerce.common.extensibility.context.StandardConfigLocations;
import org.broadleafcommerce.common.extensibility.context.merge.ImportProcessor;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The bean definitions of one of the demo's web applications as its {@code web.xml} lists them (Broadleaf's own files,
 * the site's and the plugin's, merged by Broadleaf's merge for the root context; the dispatcher servlet's files on
 * top), read without starting anything: once as installed, once without the plugin's files ({@code bl-loyalty-*}),
 * so that what the plugin adds can be told from what the host has.
 *
 * <p>{@link #secondCandidates()} lists every bean the plugin adds that autowiring by type would find beside the host's
 * own: a bean of a type the host has exactly one candidate of (so the host's {@code @Autowired} or name-less
 * {@code @Resource} of that type works today), or of a type a site typically declares once itself and injects by
 * type ({@link #SITE_TYPES}). A type the host already has several candidates of cannot be injected by type anyway
 * (workflow activities, extension handlers, validators: Broadleaf collects those in lists), so a further one changes
 * nothing.
 */
final class HostWiring {

    /** Types a site declares once itself (or Broadleaf makes through a factory bean) and injects by type. */
    static final List<Class<?>> SITE_TYPES = Arrays.<Class<?>>asList(
            java.time.Clock.class,
            java.util.concurrent.Executor.class,
            org.springframework.core.task.TaskExecutor.class,
            org.springframework.scheduling.TaskScheduler.class,
            org.springframework.cache.CacheManager.class,
            net.sf.ehcache.CacheManager.class,
            org.springframework.transaction.PlatformTransactionManager.class,
            javax.sql.DataSource.class,
            javax.persistence.EntityManagerFactory.class,
            javax.persistence.EntityManager.class,
            org.springframework.context.MessageSource.class,
            org.thymeleaf.TemplateEngine.class,
            org.springframework.mail.MailSender.class,
            org.springframework.validation.Validator.class,
            javax.validation.Validator.class,
            org.codehaus.jackson.map.ObjectMapper.class);

    private final String application;
    private final DefaultListableBeanFactory host;
    private final DefaultListableBeanFactory installed;

    private HostWiring(String application, DefaultListableBeanFactory host, DefaultListableBeanFactory installed) {
        this.application = application;
        this.host = host;
        this.installed = installed;
    }

    /** The root context and the dispatcher servlet of {@code webapps/<application>/WEB-INF/web.xml}. */
    static HostWiring of(String application) throws Exception {
        Document webXml = webXml(application);
        List<String> patches = locations(webXml, "context-param", "patchConfigLocation");
        List<String> servlet = locations(webXml, "init-param", "contextConfigLocation");
        return new HostWiring(application, load(application, withoutPlugin(patches), withoutPlugin(servlet)),
                load(application, patches, servlet));
    }

    /** The plugin's files the application lists (root context and servlet), to check the test reads them. */
    static List<String> pluginFiles(String application) throws Exception {
        Document webXml = webXml(application);
        List<String> files = new ArrayList<String>();
        for (String location : locations(webXml, "context-param", "patchConfigLocation")) {
            if (isPlugin(location)) {
                files.add(location);
            }
        }
        for (String location : locations(webXml, "init-param", "contextConfigLocation")) {
            if (isPlugin(location)) {
                files.add(location);
            }
        }
        return files;
    }

    /** The names of the beans the plugin adds (not replacing a host bean of the same name). */
    Set<String> pluginBeans() {
        Set<String> names = new TreeSet<String>();
        for (String name : installed.getBeanDefinitionNames()) {
            if (!host.containsBeanDefinition(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** "plugin bean (class) is a second T beside host beans": empty when the plugin leaves the host's wiring. */
    List<String> secondCandidates() {
        Map<Class<?>, List<String>> hostCandidates = new LinkedHashMap<Class<?>, List<String>>();
        for (String name : host.getBeanDefinitionNames()) {
            for (Class<?> type : candidateTypes(host.getBeanDefinition(name))) {
                List<String> names = hostCandidates.get(type);
                if (names == null) {
                    names = new ArrayList<String>();
                    hostCandidates.put(type, names);
                }
                names.add(name);
            }
        }
        List<String> problems = new ArrayList<String>();
        for (String name : pluginBeans()) {
            BeanDefinition definition = installed.getBeanDefinition(name);
            for (Class<?> type : candidateTypes(definition)) {
                List<String> hosts = hostCandidates.get(type);
                boolean injectable = hosts != null && hosts.size() == 1;
                boolean siteType = SITE_TYPES.contains(type);
                if (injectable || siteType) {
                    problems.add(application + ": " + name + " (" + definition.getBeanClassName() + ") is a "
                            + (injectable ? "second " + type.getName() + " beside " + hosts.get(0)
                                    : type.getName() + ", which a site declares and injects by type itself"));
                }
            }
        }
        return problems;
    }

    /**
     * The types autowiring by type may match a definition with: its class and all its supertypes, for a top-level
     * bean that is an autowire candidate. A factory bean is matched by what it makes, which is not known without
     * making it: Broadleaf's are covered by {@link #SITE_TYPES}, the plugin's are lists for Broadleaf's merge points.
     */
    private static Set<Class<?>> candidateTypes(BeanDefinition definition) {
        Set<Class<?>> types = new LinkedHashSet<Class<?>>();
        if (definition.isAbstract() || !((AbstractBeanDefinition) definition).isAutowireCandidate()
                || definition.getBeanClassName() == null || definition.getFactoryMethodName() != null) {
            return types;
        }
        Class<?> type;
        try {
            type = Class.forName(definition.getBeanClassName(), false, HostWiring.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            // A class named by a property placeholder (Broadleaf's password encoders): not the plugin's.
            return types;
        }
        if (!FactoryBean.class.isAssignableFrom(type)) {
            addWithSupertypes(type, types);
        }
        return types;
    }

    private static void addWithSupertypes(Class<?> type, Set<Class<?>> types) {
        if (type == null || type == Object.class || !types.add(type)) {
            return;
        }
        addWithSupertypes(type.getSuperclass(), types);
        for (Class<?> implemented : type.getInterfaces()) {
            addWithSupertypes(implemented, types);
        }
    }

    private static DefaultListableBeanFactory load(String application, List<String> patches, List<String> servlet)
            throws Exception {
        DefaultResourceLoader loader = new DefaultResourceLoader(HostWiring.class.getClassLoader());
        List<ResourceInputStream> sources = new ArrayList<ResourceInputStream>();
        for (String location : StandardConfigLocations.retrieveAll(StandardConfigLocations.APPCONTEXTTYPE)) {
            sources.add(new ResourceInputStream(new ClassPathResource(location).getInputStream(), location));
        }
        List<ResourceInputStream> patchStreams = new ArrayList<ResourceInputStream>();
        for (String location : patches) {
            patchStreams.add(new ResourceInputStream(resource(application, location).getInputStream(), location));
        }
        ImportProcessor imports = new ImportProcessor(loader);
        Resource[] merged = new MergeApplicationContextXmlConfigResource().getConfigResources(
                imports.extract(sources.toArray(new ResourceInputStream[0])),
                imports.extract(patchStreams.toArray(new ResourceInputStream[0])));
        // One factory for the root context and the servlet's: a bean in the servlet context is found by type beside
        // the root context's ones.
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(factory);
        reader.setResourceLoader(loader);
        // No bean class loader: the definitions keep class names (Broadleaf names some by property placeholders).
        reader.setBeanClassLoader(null);
        reader.loadBeanDefinitions(merged);
        for (String location : servlet) {
            reader.loadBeanDefinitions(resource(application, location));
        }
        return factory;
    }

    private static Resource resource(String application, String location) {
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length())
                : "webapps/" + application + location;
        return new ClassPathResource(path.startsWith("/") ? path.substring(1) : path);
    }

    private static boolean isPlugin(String location) {
        String file = location.substring(location.lastIndexOf('/') + 1);
        return file.startsWith("bl-loyalty-");
    }

    private static List<String> withoutPlugin(List<String> locations) {
        List<String> host = new ArrayList<String>();
        for (String location : locations) {
            if (!isPlugin(location)) {
                host.add(location);
            }
        }
        return host;
    }

    private static Document webXml(String application) throws Exception {
        InputStream in = new ClassPathResource("webapps/" + application + "/WEB-INF/web.xml").getInputStream();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(in);
        } finally {
            in.close();
        }
    }

    private static List<String> locations(Document webXml, String element, String parameter) {
        NodeList params = webXml.getElementsByTagName(element);
        for (int i = 0; i < params.getLength(); i++) {
            Element param = (Element) params.item(i);
            String name = param.getElementsByTagName("param-name").item(0).getTextContent().trim();
            if (name.equals(parameter)) {
                String value = param.getElementsByTagName("param-value").item(0).getTextContent();
                List<String> locations = new ArrayList<String>();
                for (String location : value.trim().split("\\s+")) {
                    locations.add(location);
                }
                return locations;
            }
        }
        throw new IllegalStateException("web.xml has no " + parameter);
    }
}
