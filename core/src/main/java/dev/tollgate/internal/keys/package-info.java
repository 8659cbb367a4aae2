/**
 * Implementation details of key loading and caching. <strong>Not exported and not API.</strong>
 */
@NullMarked
package dev.tollgate.internal.keys;

import org.jspecify.annotations.NullMarked;
