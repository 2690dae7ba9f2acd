package io.piiscanner.core.jurisdiction;

/** Whether a record is notifiable under one jurisdiction's rule. */
public enum Outcome {
    /** the statute's elements are exposed (with a name where it needs one), not covered by a safe harbor. */
    NOTIFIABLE,
    /** needs a person's judgment: encryption under a risk-based safe harbor, or elements without a name where
     *  the law counts them if enough for identity theft (GA, ME, OR). */
    REVIEW,
    /** no triggering combination (or only encrypted/masked data where the statute has a safe harbor). */
    NOT_NOTIFIABLE
}
