package org.denovo.core.score;

/**
 * A kind of score component that profiles can name in {@code "type"}. Found with {@link java.util.ServiceLoader};
 * add one by listing it in {@code META-INF/services/org.denovo.core.score.ComponentType}.
 */
public interface ComponentType {
    String type();

    /** One line for help and error messages. */
    String summary();

    ScoreComponent create(Spec spec) throws ProfileException;
}
