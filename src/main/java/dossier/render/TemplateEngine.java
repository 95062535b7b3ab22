package dossier.render;

import dossier.problem.Problem;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Freemarker, set up once a build: {@code templates/} first, then the built-in defaults; {@code .ftlh}
 * templates escape HTML automatically. Configuration and templates are shared by all render threads.
 */
public final class TemplateEngine {
    public static final String BUILT_IN = "/dossier/templates";

    private final Configuration configuration;
    private final Map<String, Boolean> mentionCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final Path templatesDir;

    public TemplateEngine(Path templatesDir, String language) {
        this.templatesDir = templatesDir;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (Files.isDirectory(templatesDir)) {
                loaders.add(new FileTemplateLoader(templatesDir.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocalizedLookup(false);
        // .ftlh escapes HTML, .ftlx (sitemap.xml, feed.xml) XML (see XmlText). Set here rather than by
        // Freemarker's own file extensions, which would give .ftlx its XML format and take precedence.
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                outputFormat("ftlh", HTMLOutputFormat.INSTANCE), outputFormat("ftlx", XmlText.INSTANCE))
                .allowNoMatch(true));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Output must not depend on the machine: fixed locale, time zone and number format.
        configuration.setLocale(Locale.forLanguageTag(language));
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setAPIBuiltinEnabled(false);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(String extension, OutputFormat format) {
        TemplateConfiguration configuration = new TemplateConfiguration();
        configuration.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher(extension), configuration);
    }

    public boolean exists(String name) {
        try {
            configuration.getTemplate(name);
            return true;
        } catch (TemplateNotFoundException e) {
            return false;
        } catch (IOException e) {
            return true; // it exists but does not parse: rendering reports where
        }
    }

    /** True when the template's own text mentions any of the words (it does not follow imports). */
    public boolean mentions(String name, List<String> words) {
        return mentionCache.computeIfAbsent(name + "|" + String.join("|", words), key -> {
            try {
                String text = configuration.getTemplate(name).toString();
                return words.stream().anyMatch(text::contains);
            } catch (IOException e) {
                return true; // a template that does not load is rendered, and reported, anyway
            }
        });
    }

    /** Renders into {@code out}; a template error comes back as a problem in the template file. */
    public Optional<Problem> render(String name, Map<String, Object> model, Writer out) {
        try {
            Template template = configuration.getTemplate(name);
            template.process(model, new BoundedWriter(out));
            return Optional.empty();
        } catch (StackOverflowError e) {
            // A macro, function or include that calls itself: Freemarker has no depth limit of its own.
            return Optional.of(Problem.inFile(shown(name), "this template calls itself too deeply (a macro, "
                    + "function or #include that never stops)", "give the recursion an end, or remove it"));
        } catch (OutOfMemoryError | BoundedWriter.TooLarge e) {
            // One huge value (?left_pad(2000000000)) fails its own allocation and leaves the heap as it was;
            // a huge loop is stopped by the bounded writer before it fills the heap.
            return Optional.of(Problem.inFile(shown(name), "this template writes more than "
                    + BoundedWriter.MAX_CHARS + " characters for one page", "look for a #list over a huge range or"
                    + " a ?left_pad, ?right_pad or similar with a huge width"));
        } catch (TemplateNotFoundException e) {
            return Optional.of(Problem.inFile("templates/" + name, "template not found",
                    "create templates/" + name + " or name an existing template"));
        } catch (ParseException e) {
            return Optional.of(syntaxError(e));
        } catch (TemplateException e) {
            return Optional.of(new Problem(shown(e.getTemplateSourceName()), orOne(e.getLineNumber()),
                    orOne(e.getColumnNumber()), describe(e), "guard optional values with `!` or `??` in the template"));
        } catch (IOException e) {
            // Freemarker remembers a template that failed to parse and reports it so on later calls.
            if (e.getCause() instanceof ParseException parse) {
                return Optional.of(syntaxError(parse));
            }
            throw new UncheckedIOException(e);
        }
    }

    private Problem syntaxError(ParseException e) {
        return new Problem(shown(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                "template syntax error: " + firstLine(e.getEditorMessage()), "fix the template at this position");
    }

    private static String describe(TemplateException e) {
        String expression = e.getBlamedExpressionString();
        String message = firstLine(e.getMessageWithoutStackTop());
        if (expression != null && message.startsWith("The following has evaluated to null or missing")) {
            return "`" + expression + "` is missing or null";
        }
        return message + (expression == null ? "" : " (in `" + expression + "`)");
    }

    private String shown(String templateName) {
        if (templateName == null) {
            return "templates";
        }
        return Files.isRegularFile(templatesDir.resolve(templateName))
                ? "templates/" + templateName
                : "(built-in template) " + templateName;
    }

    private static int orOne(Integer number) {
        return number == null ? 1 : number;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----"))
                .findFirst().orElse("template error");
    }
}
