package org.denovo.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Splits SMILES into the model's tokens (bracket atoms, Cl and Br as one token), with the pattern from the vocabulary. */
public final class SmilesTokenizer {
    private final Vocabulary vocabulary;

    public SmilesTokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Token strings; throws when part of the SMILES is not covered by the pattern. */
    public List<String> tokenize(String smiles) {
        List<String> out = new ArrayList<>();
        Matcher m = vocabulary.pattern().matcher(smiles);
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new IllegalArgumentException("cannot tokenise '" + smiles.substring(end, m.start())
                        + "' at position " + end + " of " + smiles);
            }
            out.add(m.group());
            end = m.end();
        }
        if (end != smiles.length()) {
            throw new IllegalArgumentException("cannot tokenise '" + smiles.substring(end) + "' at position " + end);
        }
        return out;
    }

    /** Token ids, without begin or end tokens; throws when a token is not in the vocabulary. */
    public int[] encode(String smiles) {
        List<String> tokens = tokenize(smiles);
        int[] ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            String t = tokens.get(i);
            if (!vocabulary.contains(t)) {
                throw new IllegalArgumentException("the model does not know the token '" + t + "' in " + smiles);
            }
            ids[i] = vocabulary.id(t);
        }
        return ids;
    }

    public String decode(int[] ids, int length) {
        StringBuilder sb = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            if (!vocabulary.isSpecial(ids[i])) {
                sb.append(vocabulary.token(ids[i]));
            }
        }
        return sb.toString();
    }
}
