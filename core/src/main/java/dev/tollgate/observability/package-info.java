/**
 * Observing the signing keys a verifier uses: health snapshots and key-source events.
 */
@NullMarked
package dev.tollgate.observability;

import org.jspecify.annotations.NullMarked;
