package dossier.cli;

import dossier.config.ConfigUrls;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --base-url URL}, shared by build and serve: a preview or a copy of the site published at another address. */
final class BaseUrlOption {
    @Option(names = "--base-url", paramLabel = "URL", description = "Where this site goes, in place of baseUrl in "
            + "content/dossier.yaml (a preview on another host or path); checked as baseUrl is.")
    private String url;

    /** The URL, or a usage error when baseUrl could not be it. */
    Optional<String> url(CommandLine.Model.CommandSpec spec) {
        if (url == null) {
            return Optional.empty();
        }
        ConfigUrls.baseUrlFault("--base-url", url).ifPresent(fault -> {
            throw new CommandLine.ParameterException(spec.commandLine(), fault.message() + "; " + fault.hint());
        });
        return Optional.of(url);
    }
}
