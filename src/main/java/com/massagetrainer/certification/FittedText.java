package com.massagetrainer.certification;

import com.massagetrainer.certification.TextShaper.ShapedLine;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/**
 * Fits a text into a width: one line at the largest size up to {@code maxSize}; when that would fall below
 * {@code minSingleLineSize}, two lines broken at the line-break opportunity (UAX #14, so between ideographs too) that
 * balances them best, again as large as fits. A text that cannot be broken stays on one line and shrinks: it always
 * fits. Sizes in points, widths in points. Plain Java.
 */
public record FittedText(List<ShapedLine> lines, float size) {

    public static FittedText fit(String text, float maxWidth, float maxSize, float minSingleLineSize, boolean mayWrap) {
        ShapedLine one = TextShaper.shape(text);
        float oneSize = sizeFor(one.width(), maxWidth, maxSize);
        if (oneSize >= minSingleLineSize || !mayWrap) {
            return new FittedText(List.of(one), oneSize);
        }
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(text);
        ShapedLine[] best = null;
        float bestWidth = one.width();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            if (at <= 0 || at >= text.length()) {
                continue;
            }
            ShapedLine first = TextShaper.shape(text.substring(0, at).strip());
            ShapedLine second = TextShaper.shape(text.substring(at).strip());
            float widest = Math.max(first.width(), second.width());
            if (widest < bestWidth) {
                bestWidth = widest;
                best = new ShapedLine[]{first, second};
            }
        }
        if (best == null) {
            return new FittedText(List.of(one), oneSize);
        }
        return new FittedText(List.of(best), sizeFor(bestWidth, maxWidth, maxSize));
    }

    private static float sizeFor(float widthInThousandths, float maxWidth, float maxSize) {
        return widthInThousandths <= 0 ? maxSize : Math.min(maxSize, maxWidth * 1000f / widthInThousandths);
    }
}
