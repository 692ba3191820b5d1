package org.xingping.decision.calibration;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Why a figure of the calibration is not given (a code and its arguments), rendered in Chinese or
 * English from a resource bundle: {@code 观摩组之间没有交叉观摩的支部相连，分成 2 部分：…}.
 */
public record CalibrationReason(CalibrationReasonCode code, List<String> arguments) {

    private static final String BUNDLE = "org.xingping.decision.calibration.calibration";
    /** Chinese is the bundle's base; no fallback to the machine's locale, which may be English. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public CalibrationReason {
        arguments = List.copyOf(arguments);
    }

    static CalibrationReason groupsNotConnected(List<GroupComponent> components) {
        String parts = components.stream().map(component -> String.join("、", component.groups()))
                .collect(Collectors.joining(" | "));
        return new CalibrationReason(CalibrationReasonCode.GROUPS_NOT_CONNECTED,
                List.of(String.valueOf(components.size()), parts));
    }

    static CalibrationReason oneGroup(String group) {
        return new CalibrationReason(CalibrationReasonCode.ONE_GROUP, List.of(group));
    }

    static CalibrationReason noSpareLinks() {
        return new CalibrationReason(CalibrationReasonCode.NO_SPARE_LINKS, List.of());
    }

    static CalibrationReason singleRater(int raters) {
        return new CalibrationReason(CalibrationReasonCode.SINGLE_RATER, List.of(String.valueOf(raters)));
    }

    static CalibrationReason tooFewCompleteBranches(int branches) {
        return new CalibrationReason(CalibrationReasonCode.TOO_FEW_COMPLETE_BRANCHES, List.of(String.valueOf(branches)));
    }

    static CalibrationReason noPairableScores() {
        return new CalibrationReason(CalibrationReasonCode.NO_PAIRABLE_SCORES, List.of());
    }

    static CalibrationReason noVariance(double score) {
        return new CalibrationReason(CalibrationReasonCode.NO_VARIANCE, List.of(Decimals.of(score).stripTrailingZeros().toPlainString()));
    }

    /** The reason in the language of {@code locale}: Chinese unless English is asked for. */
    public String render(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        return new MessageFormat(bundle.getString(code.name()), locale).format(arguments.toArray());
    }

    /** The reason in Chinese. */
    @Override
    public String toString() {
        return render(Locale.CHINESE);
    }
}
