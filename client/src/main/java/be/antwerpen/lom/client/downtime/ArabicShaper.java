package be.antwerpen.lom.client.downtime;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Replaces Arabic and Persian letters in logical order by their contextual presentation forms
 * (isolated, final, initial, medial) and lam-alef by its mandatory ligature, because PDFBox does
 * no shaping. A form is only used when the font has a glyph for it, otherwise the base letter
 * stays. Combining marks (harakat) are transparent: they do not break joining. No kerning or
 * mark positioning beyond what the font itself offers.
 */
final class ArabicShaper {

    private static final int LAM = 0x0644;
    private static final int TATWEEL = 0x0640;
    private static final int ZWJ = 0x200D;

    /** Forms per letter: {isolated, final} for right-joining, {isolated, final, initial, medial} for dual. */
    private static final Map<Integer, int[]> FORMS = forms();
    /** Lam-alef ligature {isolated, final} per alef variant. */
    private static final Map<Integer, int[]> LAM_ALEF = Map.of(
            0x0622, new int[] {0xFEF5, 0xFEF6},
            0x0623, new int[] {0xFEF7, 0xFEF8},
            0x0625, new int[] {0xFEF9, 0xFEFA},
            0x0627, new int[] {0xFEFB, 0xFEFC});

    private enum Joining { NONE, RIGHT, DUAL, CAUSING, TRANSPARENT }

    private static Map<Integer, int[]> forms() {
        Map<Integer, int[]> forms = new HashMap<>();
        int next = 0xFE80;
        for (int cp = 0x0621; cp <= 0x064A; cp++) {
            if (cp > 0x063A && cp < 0x0641) {
                continue;
            }
            int count = cp == 0x0621 ? 1 : isRightJoining(cp) ? 2 : 4;
            int[] f = new int[count];
            for (int k = 0; k < count; k++) {
                f[k] = next + k;
            }
            forms.put(cp, f);
            next += count;
        }
        forms.put(0x067E, new int[] {0xFB56, 0xFB57, 0xFB58, 0xFB59});
        forms.put(0x0686, new int[] {0xFB7A, 0xFB7B, 0xFB7C, 0xFB7D});
        forms.put(0x0698, new int[] {0xFB8A, 0xFB8B});
        forms.put(0x06A9, new int[] {0xFB8E, 0xFB8F, 0xFB90, 0xFB91});
        forms.put(0x06AF, new int[] {0xFB92, 0xFB93, 0xFB94, 0xFB95});
        forms.put(0x06CC, new int[] {0xFBFC, 0xFBFD, 0xFBFE, 0xFBFF});
        return Map.copyOf(forms);
    }

    private static boolean isRightJoining(int cp) {
        return (cp >= 0x0622 && cp <= 0x0625) || cp == 0x0627 || cp == 0x0629
                || (cp >= 0x062F && cp <= 0x0632) || cp == 0x0648 || cp == 0x0649;
    }

    private static Joining joining(int cp) {
        if (cp == TATWEEL || cp == ZWJ) {
            return Joining.CAUSING;
        }
        if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06DC)
                || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8
                || (cp >= 0x06EA && cp <= 0x06ED)) {
            return Joining.TRANSPARENT;
        }
        int[] f = FORMS.get(cp);
        if (f == null || f.length == 1) {
            return Joining.NONE;
        }
        return f.length == 2 ? Joining.RIGHT : Joining.DUAL;
    }

    /** The text with Arabic letters in presentation forms, still in logical order. */
    String shaped(String text, IntPredicate fontHasGlyph) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            Joining type = joining(cp);
            if (type != Joining.RIGHT && type != Joining.DUAL) {
                out.appendCodePoint(cp);
                continue;
            }
            boolean joinsPrevious = joinsToNext(previousNonTransparent(cps, i));
            int nextIndex = nextNonTransparent(cps, i);
            if (cp == LAM && nextIndex >= 0 && LAM_ALEF.containsKey(cps[nextIndex])) {
                int ligature = LAM_ALEF.get(cps[nextIndex])[joinsPrevious ? 1 : 0];
                if (fontHasGlyph.test(ligature)) {
                    out.appendCodePoint(ligature);
                    for (int k = i + 1; k < nextIndex; k++) {
                        out.appendCodePoint(cps[k]);
                    }
                    i = nextIndex;
                    continue;
                }
            }
            boolean joinsNext = type == Joining.DUAL && nextIndex >= 0 && joinsToPrevious(cps[nextIndex]);
            int[] f = FORMS.get(cp);
            int form = joinsPrevious && joinsNext ? f[3] : joinsPrevious ? f[1] : joinsNext ? f[2] : f[0];
            out.appendCodePoint(fontHasGlyph.test(form) ? form : cp);
        }
        return out.toString();
    }

    private static boolean joinsToNext(int cp) {
        if (cp < 0) {
            return false;
        }
        Joining type = joining(cp);
        return type == Joining.DUAL || type == Joining.CAUSING;
    }

    private static boolean joinsToPrevious(int cp) {
        Joining type = joining(cp);
        return type == Joining.DUAL || type == Joining.RIGHT || type == Joining.CAUSING;
    }

    private static int previousNonTransparent(int[] cps, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (joining(cps[k]) != Joining.TRANSPARENT) {
                return cps[k];
            }
        }
        return -1;
    }

    private static int nextNonTransparent(int[] cps, int i) {
        for (int k = i + 1; k < cps.length; k++) {
            if (joining(cps[k]) != Joining.TRANSPARENT) {
                return k;
            }
        }
        return -1;
    }
}
