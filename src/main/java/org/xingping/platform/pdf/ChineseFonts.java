package org.xingping.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

/**
 * Noto Sans SC for PDFs, embedded as a subset so a printout reads the same on any machine. The
 * font files are read once; a font object is made per document, since a subset belongs to one.
 */
public final class ChineseFonts {

    private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";
    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private ChineseFonts() {
    }

    public static Font regular(float size) {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return font(regular, size);
    }

    public static Font bold(float size) {
        if (bold == null) {
            bold = read(BOLD);
        }
        return font(bold, size);
    }

    private static Font font(byte[] bytes, float size) {
        try {
            return new Font(BaseFont.createFont("NotoSansSC.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes,
                    null), size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + resource + " is missing", e);
        }
    }
}
