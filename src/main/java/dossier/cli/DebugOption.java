package dossier.cli;

import picocli.CommandLine.Option;

/**
 * {@code --debug}, accepted by every command: an internal error's message asks to run again with it,
 * and {@link Main} then prints the stack trace. {@code serve} also prints it for an internal error in a
 * rebuild.
 */
final class DebugOption {
    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    private boolean debug;

    boolean enabled() {
        return debug;
    }
}
