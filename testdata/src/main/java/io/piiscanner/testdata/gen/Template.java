package io.piiscanner.testdata.gen;

/** One way of writing a line: fills a builder with text and labeled values. */
@FunctionalInterface
interface Template {

    void write(LineBuilder b, Ids ids, Contacts c, Pick p);
}
