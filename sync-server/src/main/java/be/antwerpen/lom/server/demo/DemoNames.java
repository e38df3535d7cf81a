package be.antwerpen.lom.server.demo;

import java.util.List;
import java.util.Random;

/** Given and family names from the many languages spoken in Antwerp, in their own scripts. */
public final class DemoNames {

    private static final List<String[]> NAMES = List.of(
            new String[] {"Jan", "Peeters"}, new String[] {"Marie", "Janssens"}, new String[] {"Lotte", "Maes"},
            new String[] {"Wout", "Van den Broeck"}, new String[] {"Zoë", "De Smet"}, new String[] {"Sofie", "Claes"},
            new String[] {"Mohammed", "El Amrani"}, new String[] {"Fatima", "Bouzid"}, new String[] {"Yasmine", "Ait Taleb"},
            new String[] {"Ayşe", "Yılmaz"}, new String[] {"Oğuz", "Çelik"}, new String[] {"Łukasz", "Wiśniewski"},
            new String[] {"Agnieszka", "Kowalska"}, new String[] {"Αλέξανδρος", "Παπαδόπουλος"},
            new String[] {"Наталья", "Иванова"}, new String[] {"Олександр", "Шевченко"}, new String[] {"محمد", "العلي"},
            new String[] {"ليلى", "حداد"}, new String[] {"美咲", "山田"}, new String[] {"伟", "王"},
            new String[] {"지민", "김"}, new String[] {"Nguyễn", "Thị Minh Khai"}, new String[] {"אברהם", "כהן"},
            new String[] {"सीता", "शर्मा"}, new String[] {"Siobhán", "Ó Briain"}, new String[] {"José", "García Pérez"},
            new String[] {"João", "Gonçalves"}, new String[] {"Ngozi", "Okafor"}, new String[] {"Amadou", "Diallo"},
            new String[] {"Bích", "Trần"}, new String[] {"Ahmad", "Rahimi"}, new String[] {"Σοφία", "Γεωργίου"},
            new String[] {"Ivana", "Đorđević"}, new String[] {"Mariam", "Ghazaryan"}, new String[] {"Tamar", "Beridze"},
            new String[] {"Kofi", "Mensah"}, new String[] {"Elif", "Şahin"}, new String[] {"Rachid", "Benali"},
            new String[] {"Ana", "Silva"}, new String[] {"Pieter", "De Vos"});

    private final Random random;

    public DemoNames(Random random) {
        this.random = random;
    }

    /** A given and family name pair. */
    public String[] next() {
        return NAMES.get(random.nextInt(NAMES.size()));
    }
}
