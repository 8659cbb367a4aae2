/**
 * Implementation details of Tollgate. <strong>Not exported and not API:</strong> do not use these classes;
 * they change without notice.
 */
@NullMarked
package dev.tollgate.internal;

import org.jspecify.annotations.NullMarked;
