package be.antwerpen.lom.client.downtime;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** The regular and bold font loaded into one document. */
record PackFonts(PDFont regular, PDFont bold) {
}
