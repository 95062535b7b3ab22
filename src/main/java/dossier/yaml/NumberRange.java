package dossier.yaml;

import dossier.problem.Position;
import dossier.problem.Problem;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The numbers content may hold. Charts plot numbers as JavaScript doubles, which keep every whole
 * number below 10^15 exactly, and every page, table and download writes numbers out in full: a
 * number such as 1e999999999 cannot be plotted, and writing 1e60000000 out takes longer than any
 * build should. So a number must lie strictly between -10^15 and 10^15 with at most 15 decimal
 * places; comparing and stripping a decimal costs nothing whatever its exponent.
 */
final class NumberRange {
    static final int MAX_DECIMALS = 15;
    private static final BigDecimal LIMIT = BigDecimal.ONE.scaleByPowerOfTen(15);

    private NumberRange() {}

    /** The problem with the number written at {@code at}, if it is out of range. */
    static Optional<Problem> check(BigDecimal value, String written, Position at) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            return Optional.of(Problem.at(at, "the number " + written + " is out of range: numbers must lie between "
                    + "-10^15 and 10^15", "write the figure in a larger unit (millions, billions), or quote it if it "
                    + "is not a quantity"));
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of(Problem.at(at, "the number " + written + " has more than " + MAX_DECIMALS
                    + " decimal places", "round it, write it in a smaller unit, or quote it if it is not a quantity"));
        }
        return Optional.empty();
    }
}
