package org.partnerdashboard.demo;

import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.PartnershipOrganizations;

/** Word lists for synthetic people and companies. Organization names, counties and NAICS codes are real. */
final class DemoVocabulary {

    private DemoVocabulary() {
    }

    record NamedOrg(String name, String shortName, String city) {
    }

    static final List<NamedOrg> PARTNERS = named(PartnershipOrganizations.PARTNERS);

    /** The five community-based organizations of the 1000 Jobs campaign. */
    static final List<NamedOrg> COMMUNITY_ORGANIZATIONS = named(PartnershipOrganizations.COMMUNITY_ORGANIZATIONS);

    private static List<NamedOrg> named(List<PartnershipOrganizations.Member> members) {
        return members.stream().map(m -> new NamedOrg(m.name(), m.shortName(), m.city())).toList();
    }

    /** Relative share of placements per community-based organization, in the order above. */
    static final double[] COMMUNITY_ORGANIZATION_WEIGHTS = {0.17, 0.26, 0.15, 0.20, 0.22};

    /** Neighborhoods each organization mostly serves: ZIP code and community area number. */
    static final Map<String, List<int[]>> SERVICE_AREAS = Map.of(
            "BNL", List.of(new int[] {60644, 25}, new int[] {60624, 26}, new int[] {60651, 23}, new int[] {60612, 27}),
            "IPL", List.of(new int[] {60623, 30}, new int[] {60608, 31}, new int[] {60609, 61}, new int[] {60632, 58}),
            "KIDC", List.of(new int[] {60612, 28}, new int[] {60624, 27}, new int[] {60651, 23}, new int[] {60639, 19}),
            "OAI", List.of(new int[] {60617, 46}, new int[] {60628, 49}, new int[] {60619, 44}, new int[] {60649, 43}),
            "SAFER", List.of(new int[] {60621, 68}, new int[] {60636, 67}, new int[] {60644, 25}, new int[] {60620, 71}));

    static final List<int[]> CITYWIDE_AREAS = List.of(
            new int[] {60629, 66}, new int[] {60637, 42}, new int[] {60653, 38}, new int[] {60652, 70},
            new int[] {60638, 56}, new int[] {60618, 21}, new int[] {60625, 14}, new int[] {60647, 22},
            new int[] {60630, 15}, new int[] {60634, 17}, new int[] {60643, 72}, new int[] {60616, 34});

    static final List<NamedOrg> TRAINING_PROVIDERS = List.of(
            new NamedOrg("Jane Addams Resource Corporation", "JARC", "Chicago"),
            new NamedOrg("Manufacturing Renaissance", "MR", "Chicago"),
            new NamedOrg("Richard J. Daley College", "DALEY", "Chicago"),
            new NamedOrg("Wilbur Wright College", "WRIGHT", "Chicago"));

    static final List<String> FIRST_NAMES = List.of(
            "Maria", "Jose", "Juan", "Guadalupe", "Luis", "Ana", "Carlos", "Rosa", "Miguel", "Veronica",
            "James", "Michael", "Robert", "David", "John", "Patricia", "Linda", "Barbara", "Jennifer", "Susan",
            "DeShawn", "Jamal", "Darnell", "Tyrone", "Marcus", "Keisha", "Latoya", "Tanisha", "Aaliyah", "Imani",
            "Piotr", "Tomasz", "Katarzyna", "Agnieszka", "Nguyen", "Wei", "Mei", "Priya", "Arjun", "Fatima",
            "Omar", "Ahmed", "Yolanda", "Andre", "Terrence", "Brianna", "Jasmine", "Kevin", "Angela", "Dominique");

    static final List<String> LAST_NAMES = List.of(
            "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez", "Ramirez", "Torres",
            "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Moore", "Taylor", "Anderson",
            "Jackson", "Harris", "Thompson", "White", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
            "Kowalski", "Nowak", "Wisniewski", "Nguyen", "Tran", "Chen", "Patel", "Khan", "Ali", "Washington",
            "Jefferson", "Coleman", "Bell", "Hayes", "Flores", "Rivera", "Cruz", "Reyes", "Morales", "Ortiz");

    /** The seven Illinois counties of the Chicago region, with their share of manufacturers and some towns. */
    record County(String fips, double weight, List<String> cities, List<String> zipCodes) {
    }

    static final List<County> COUNTIES = List.of(
            new County("17031", 0.52, List.of("Chicago", "Elk Grove Village", "Franklin Park", "Cicero", "Skokie",
                    "Bedford Park", "Schaumburg", "Des Plaines", "Harvey", "Chicago Heights"),
                    List.of("60608", "60609", "60612", "60616", "60618", "60632", "60639", "60007", "60131", "60804", "60077", "60638",
                            "60426", "60411")),
            new County("17043", 0.14, List.of("Addison", "Wood Dale", "Bensenville", "Carol Stream", "Naperville"),
                    List.of("60101", "60191", "60106", "60188", "60563")),
            new County("17097", 0.09, List.of("Waukegan", "Libertyville", "Mundelein", "Lake Zurich", "Vernon Hills"),
                    List.of("60085", "60048", "60060", "60047", "60061")),
            new County("17197", 0.09, List.of("Joliet", "Bolingbrook", "Romeoville", "New Lenox", "Mokena"),
                    List.of("60432", "60440", "60446", "60451", "60448")),
            new County("17089", 0.08, List.of("Elgin", "Aurora", "St. Charles", "Batavia", "Geneva"),
                    List.of("60120", "60505", "60174", "60510", "60134")),
            new County("17111", 0.05, List.of("Crystal Lake", "Woodstock", "McHenry", "Huntley", "Harvard"),
                    List.of("60014", "60098", "60050", "60142", "60033")),
            new County("17093", 0.03, List.of("Yorkville", "Oswego", "Plano", "Montgomery"),
                    List.of("60560", "60543", "60545", "60538")));

    /** Manufacturing subsectors and their relative share of the campaign's placements and the region's firms. */
    static final List<String> SUBSECTORS = List.of(
            "311", "312", "313", "314", "315", "316", "321", "322", "323", "324", "325",
            "326", "327", "331", "332", "333", "334", "335", "336", "337", "339");

    static final double[] SUBSECTOR_WEIGHTS = {
            18, 2, 0.5, 1, 0.8, 0.3, 1.2, 3, 5, 0.6, 6,
            9, 2, 3, 20, 10, 4, 6, 7, 2, 4};

    static final Map<String, List<String>> JOB_TITLES = Map.ofEntries(
            Map.entry("311", List.of("Food Production Worker", "Packaging Operator", "Sanitation Technician", "Line Lead")),
            Map.entry("312", List.of("Bottling Line Operator", "Brewery Production Worker")),
            Map.entry("322", List.of("Corrugator Operator", "Converting Machine Operator")),
            Map.entry("323", List.of("Press Operator", "Bindery Worker", "Digital Print Technician")),
            Map.entry("325", List.of("Chemical Operator", "Batch Mixer", "Lab Technician")),
            Map.entry("326", List.of("Injection Molding Operator", "Extrusion Operator", "Material Handler")),
            Map.entry("331", List.of("Furnace Operator", "Casting Finisher")),
            Map.entry("332", List.of("CNC Machinist", "Welder", "Press Brake Operator", "Tool and Die Apprentice",
                    "Quality Inspector")),
            Map.entry("333", List.of("CNC Operator", "Mechanical Assembler", "Maintenance Technician")),
            Map.entry("334", List.of("Electronics Assembler", "SMT Operator", "Test Technician")),
            Map.entry("335", List.of("Electrical Assembler", "Coil Winder", "Wire Harness Assembler")),
            Map.entry("336", List.of("Production Associate", "Welder", "Paint Line Operator"))
    );

    static final List<String> GENERAL_JOB_TITLES = List.of(
            "Production Associate", "Machine Operator", "Assembler", "Forklift Operator", "Quality Inspector",
            "Maintenance Technician", "Shipping and Receiving Clerk");

    static final List<String> COMPANY_PREFIXES = List.of(
            "Lakeside", "Midwest", "Prairie", "Calumet", "Pilsen", "Kinzie", "Great Lakes", "Windy City", "Lincoln",
            "Fulton", "Heartland", "Illinois", "Riverbend", "North Shore", "Cicero", "Des Plaines", "Fox Valley",
            "Northern", "Union", "Ashland", "Halsted", "Archer", "Western", "Monarch", "Skyline", "Keystone",
            "Ironwood", "Bridgeport", "Lakeview", "Cardinal", "Summit", "Harbor", "Pioneer", "Atlas", "Beacon");

    static final Map<String, List<String>> COMPANY_NOUNS = Map.ofEntries(
            Map.entry("311", List.of("Foods", "Bakery", "Provisions", "Confections", "Meats")),
            Map.entry("312", List.of("Brewing", "Beverage", "Distilling")),
            Map.entry("313", List.of("Textile Mills")), Map.entry("314", List.of("Textile Products")),
            Map.entry("315", List.of("Apparel")), Map.entry("316", List.of("Leather Goods")),
            Map.entry("321", List.of("Millwork", "Pallet")), Map.entry("322", List.of("Packaging", "Paper Products")),
            Map.entry("323", List.of("Printing", "Graphics")), Map.entry("324", List.of("Refining", "Lubricants")),
            Map.entry("325", List.of("Chemical", "Coatings", "Labs")),
            Map.entry("326", List.of("Plastics", "Molding", "Rubber Products")),
            Map.entry("327", List.of("Glass", "Concrete Products", "Ceramics")),
            Map.entry("331", List.of("Steel", "Castings", "Metals")),
            Map.entry("332", List.of("Precision Machining", "Metal Fabrication", "Stamping", "Tool & Die", "Fasteners")),
            Map.entry("333", List.of("Machinery", "Equipment", "Automation")),
            Map.entry("334", List.of("Electronics", "Instruments", "Sensors")),
            Map.entry("335", List.of("Electric", "Lighting", "Controls")),
            Map.entry("336", List.of("Motor Parts", "Railcar", "Aerospace Components")),
            Map.entry("337", List.of("Furniture", "Cabinetry", "Fixtures")),
            Map.entry("339", List.of("Medical Devices", "Signs", "Products")));

    static final List<String> COMPANY_SUFFIXES = List.of("Inc.", "LLC", "Co.", "Corp.", "Industries");
}
