/**
 * The paper fallback ("downtime pack"): PDFs a desk can print when Loket op Maat is down.
 *
 * <p>Entry points for the client:
 * <ul>
 *   <li>{@link be.antwerpen.lom.client.downtime.DowntimePackRequest} - what the pack is made from
 *       (location, desk, day, generatedAt, dataAsOf, the day's appointments, the product catalogue,
 *       the desk's {@link be.antwerpen.lom.client.downtime.SerialRange}, walk-in products and forms per product);</li>
 *   <li>{@link be.antwerpen.lom.client.downtime.DowntimePackRenderer#withEmbeddedFonts()} and
 *       {@code render(request, folder, progressListener)} - blocking, run it in the background;</li>
 *   <li>{@link be.antwerpen.lom.client.downtime.DowntimePackFolder} - the folder layout
 *       {@code <data-dir>/downtime-pack/<locationId>/<yyyy-MM-dd>/}, latest pack, age, pruning;</li>
 *   <li>{@link be.antwerpen.lom.client.downtime.QrPayload#parse(String)} - reads a scanned form code
 *       back for the re-keying screen.</li>
 * </ul>
 * See docs/decisions/0060 and 0061.
 */
package be.antwerpen.lom.client.downtime;
