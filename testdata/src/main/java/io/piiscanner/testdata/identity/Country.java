package io.piiscanner.testdata.identity;

/** Countries personas come from, with the name cultures found there (weights in percent). */
public enum Country {
    US("United States", "anglo:62,hispanic:18,chinese:4,vietnamese:3,korean:3,indian:5,nigerian:3,japanese:2"),
    CA("Canada", "anglo:62,french:25,chinese:6,indian:7"),
    GB("United Kingdom", "anglo:80,indian:10,nigerian:4,polish:3,chinese:3"),
    DE("Germany", "german:78,turkish:12,polish:5,arabic:3,vietnamese:2"),
    FR("France", "french:76,arabic:16,vietnamese:3,spanish:3,nigerian:2"),
    ES("Spain", "spanish:90,hispanic:5,arabic:5"),
    IT("Italy", "italian:95,arabic:5"),
    NL("Netherlands", "dutch:85,turkish:8,arabic:7"),
    PL("Poland", "polish:100"),
    BR("Brazil", "brazilian:95,japanese:5"),
    IN("India", "indian:100"),
    AU("Australia", "anglo:78,chinese:8,vietnamese:5,indian:6,italian:3"),
    SG("Singapore", "chinese:70,malay:15,indian:15");

    private final String englishName;
    private final String cultures;

    Country(String englishName, String cultures) {
        this.englishName = englishName;
        this.cultures = cultures;
    }

    /** The country's English name, as a CRM country field holds it ("United Kingdom"). */
    public String englishName() {
        return englishName;
    }

    public String[] cultureNames() {
        String[] parts = cultures.split(",");
        String[] names = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            names[i] = parts[i].split(":")[0];
        }
        return names;
    }

    public double[] cultureWeights() {
        String[] parts = cultures.split(",");
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = Double.parseDouble(parts[i].split(":")[1]);
        }
        return w;
    }
}
