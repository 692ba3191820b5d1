package org.xingping.standard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xingping.standard.Condition;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.Quota;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Veto;
import org.xingping.standard.VetoEffect;

/**
 * A standard's rules in words, for its page and its printed scoring sheet ({@code @standardText}
 * in templates): "扣分：每项扣 2 分，扣完为止", "最高3星", "五星级 ≤ 20%（全部支部），硬性".
 */
@Component("standardText")
public class StandardText {

    private final MessageSource messages;

    StandardText(MessageSource messages) {
        this.messages = messages;
    }

    /** How an item is scored. */
    public String rule(Item item) {
        return rule(item, LocaleContextHolder.getLocale());
    }

    String rule(Item item, Locale locale) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points points) {
            return text(locale, "standard.rule.points", number(item.max()), number(points.step()));
        } else if (rule instanceof ItemRule.Deduct deduct) {
            return text(locale, "standard.rule.deduct", number(deduct.each()), unit(deduct.unit()), number(item.max()));
        } else if (rule instanceof ItemRule.Count count) {
            return text(locale, "standard.rule.count", number(count.each()), unit(count.unit()), number(item.max()));
        } else if (rule instanceof ItemRule.Grade grade) {
            return text(locale, "standard.rule.grade", grades(grade));
        }
        return text(locale, "standard.rule.check", number(item.max()));
    }

    /** What the observer writes on paper for the item. */
    String input(Item item, Locale locale) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points) {
            return text(locale, "standard.input.points");
        } else if (rule instanceof ItemRule.Deduct deduct) {
            return text(locale, "standard.input.deduct", unit(deduct.unit()));
        } else if (rule instanceof ItemRule.Count count) {
            return text(locale, "standard.input.count", unit(count.unit()));
        } else if (rule instanceof ItemRule.Grade grade) {
            return grade.grades().keySet().stream().map(label -> "□" + label).collect(Collectors.joining("  "));
        }
        return text(locale, "standard.input.check");
    }

    /** "好 6 / 较好 4 / 一般 2 / 差 0". */
    public String grades(ItemRule.Grade grade) {
        return grade.grades().entrySet().stream().map(e -> e.getKey() + " " + number(e.getValue()))
                .collect(Collectors.joining(" / "));
    }

    public String effect(Veto veto) {
        Locale locale = LocaleContextHolder.getLocale();
        return veto.effect() instanceof VetoEffect.MaxStars max
                ? text(locale, "standard.veto.maxStars", max.cap().stars())
                : text(locale, "standard.veto.notRated");
    }

    public String condition(Condition condition) {
        Locale locale = LocaleContextHolder.getLocale();
        if (condition instanceof Condition.History history) {
            return text(locale, "standard.condition.history", history.yearsBack(), history.stars().stars());
        } else if (condition instanceof Condition.Expr expr) {
            return text(locale, "standard.condition.expr", expr.expr().text());
        }
        return text(locale, "standard.condition.flag");
    }

    /** The names of the conditions a level, promotion or honour requires. */
    public String conditions(RatingStandard standard, List<String> codes) {
        return codes.stream().map(code -> standard.condition(code).map(Condition::name).orElse(code))
                .collect(Collectors.joining("；"));
    }

    public String quota(Quota quota) {
        Locale locale = LocaleContextHolder.getLocale();
        return text(locale, "standard.quota", quota.stars().stars(),
                number(quota.maxShare().movePointRight(2)),
                text(locale, "standard.quota.of." + quota.of().code()),
                text(locale, "standard.quota.mode." + quota.mode().code()));
    }

    public String number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String unit(String unit) {
        return unit == null || unit.isBlank() ? "项" : unit;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
