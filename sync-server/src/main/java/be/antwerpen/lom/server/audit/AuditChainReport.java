package be.antwerpen.lom.server.audit;

/**
 * The outcome of checking the audit chain.
 *
 * @param intact     true when every line has its one place in the chain, every chained line and
 *                   the head agree, and every anchor given agrees with the chain
 * @param checked    chained lines read
 * @param unchained  lines without a chain position (each one fails the check)
 * @param brokenSeq  chain position of the first broken line, or 0
 * @param brokenId   id of the first broken line, or {@code null} (e.g. when a line is missing)
 * @param problem    what is wrong at that position, or {@code null}
 * @param headSeq    the chain head's position
 * @param headHash   the chain head's hash (record it elsewhere to detect a rewritten chain)
 * @param anchors    signed heads (ADR 0094) the chain was checked against and agreed with
 */
public record AuditChainReport(boolean intact, long checked, long unchained, long brokenSeq, String brokenId,
                               String problem, long headSeq, String headHash, long anchors) {
}
