package be.antwerpen.lom.client.downtime;

import be.antwerpen.lom.model.appointment.Appointment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the downtime pack of one desk for one day: four PDFs (cover, run sheet, intake forms,
 * blank walk-in forms) and {@code pack.json}, written into a staging folder and renamed into
 * place only when everything succeeded. Rendering is plain blocking work: call it from a
 * background thread, never from the Swing event thread.
 *
 * <pre>{@code
 * DowntimePackRenderer renderer = DowntimePackRenderer.withEmbeddedFonts();
 * DowntimePackFolder packs = new DowntimePackFolder(dataDir);
 * RenderedPack pack = renderer.render(request, packs.dayFolder(locationId, day), listener);
 * }</pre>
 */
public final class DowntimePackRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(DowntimePackRenderer.class);

    private final PackFontFiles fontFiles;
    private final List<PackPartWriter> parts;
    private final PackManifestJson manifestJson = new PackManifestJson();
    private final FolderSwap folderSwap = new FolderSwap();

    DowntimePackRenderer(PackFontFiles fontFiles, List<PackPartWriter> parts) {
        this.fontFiles = fontFiles;
        this.parts = List.copyOf(parts);
    }

    /** The standard pack, with the DejaVu fonts shipped in the client. */
    public static DowntimePackRenderer withEmbeddedFonts() {
        return new DowntimePackRenderer(PackFontFiles.fromClasspath(), standardParts());
    }

    static List<PackPartWriter> standardParts() {
        FormSections sections = new FormSections(new QrCodeDrawer());
        return List.of(new CoverPageWriter(), new RunSheetWriter(), new IntakeFormWriter(sections),
                new WalkInFormWriter(sections));
    }

    /** Same as {@link #render(DowntimePackRequest, Path, PackProgressListener)} without progress. */
    public RenderedPack render(DowntimePackRequest request, Path packFolder) {
        return render(request, packFolder, PackProgressListener.NONE);
    }

    /**
     * Renders the pack into {@code packFolder}, replacing a previous pack there only on success.
     *
     * @throws SerialRangeTooSmallException before anything is written, when the range cannot number the blank forms
     * @throws DowntimePackException        when writing fails; the previous pack stays in place
     */
    public RenderedPack render(DowntimePackRequest request, Path packFolder, PackProgressListener progress) {
        return render(request, packFolder, progress, PackProtection.NONE);
    }

    /**
     * Renders the pack as above, the files that list citizens encrypted with {@code protection}.
     */
    public RenderedPack render(DowntimePackRequest request, Path packFolder, PackProgressListener progress,
                               PackProtection protection) {
        PackPlan plan = PackPlan.of(request);
        long started = System.nanoTime();
        Path staging;
        try {
            staging = folderSwap.stage(packFolder);
        } catch (IOException e) {
            throw new DowntimePackException("cannot create a staging folder next to " + packFolder, e);
        }
        RenderedPack rendered;
        try {
            GlyphFallback fallback = new GlyphFallback();
            List<PackManifest.PackFile> files = new ArrayList<>();
            int total = parts.size() + 1;
            for (PackPartWriter part : parts) {
                files.add(writePart(part, plan, fallback, staging, protection));
                progress.progressed(part.fileName(), files.size(), total);
            }
            PackManifest manifest = manifest(plan, files, fallback.replacedCount());
            manifestJson.write(manifest, staging.resolve(PackManifest.FILE_NAME));
            folderSwap.publish(staging, packFolder);
            if (fallback.replacedCount() > 0) {
                LOG.warn("Downtime pack: {} characters had no glyph in the embedded font and print as a replacement mark",
                        fallback.replacedCount());
            }
            LOG.info("Downtime pack for {} on {} written: {} appointments, {} blank forms, {} ms",
                    request.location().id(), request.day(), plan.appointments().size(), plan.walkInForms().size(),
                    (System.nanoTime() - started) / 1_000_000);
            rendered = new RenderedPack(packFolder, manifest);
        } catch (IOException | RuntimeException e) {
            folderSwap.deleteQuietly(staging);
            if (e instanceof DowntimePackException packException) {
                throw packException;
            }
            throw new DowntimePackException("the downtime pack could not be written; the previous pack is kept", e);
        }
        progress.progressed(PackManifest.FILE_NAME, parts.size() + 1, parts.size() + 1);
        return rendered;
    }

    private PackManifest.PackFile writePart(PackPartWriter part, PackPlan plan, GlyphFallback fallback, Path folder,
                                            PackProtection protection) throws IOException {
        Path file = folder.resolve(part.fileName());
        try (PackDocument document = new PackDocument(fontFiles, fallback, part.title())) {
            part.write(plan, document);
            if (part.holdsPersonalData()) {
                document.protect(protection);
            }
            document.save(file);
            return new PackManifest.PackFile(part.fileName(), document.pageCount(), Files.size(file));
        }
    }

    private static PackManifest manifest(PackPlan plan, List<PackManifest.PackFile> files, int replaced) {
        DowntimePackRequest request = plan.request();
        List<PackManifest.Entry> appointments = new ArrayList<>();
        for (Appointment appointment : plan.appointments()) {
            appointments.add(new PackManifest.Entry(appointment.id(), appointment.code(), appointment.start(),
                    appointment.productCode()));
        }
        List<PackManifest.WalkInEntry> walkIns = plan.walkInForms().stream()
                .map(form -> new PackManifest.WalkInEntry(form.serial(), form.product().code()))
                .toList();
        return new PackManifest(PackManifest.FORMAT_VERSION, request.location().id(), request.location().name(),
                request.deskName(), request.day(), request.generatedAt(), request.dataAsOf(),
                request.serialRange().describe(), plan.issuedSerials(), appointments, walkIns, files, replaced);
    }
}
