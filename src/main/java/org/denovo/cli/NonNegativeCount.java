package org.denovo.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A count such as {@code --top K}: a whole number, 0 or more. */
final class NonNegativeCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 0) {
            throw new TypeConversionException("must be 0 or more, not " + n);
        }
        return n;
    }
}
