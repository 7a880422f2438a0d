#include "extract/coref/gender.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>

namespace kg::extract {
namespace {

// Given names of men. Names worn by both sexes in some language (Jean, Andrea, Jordan,
// Kim, Sasha, Nicola, Robin, Leslie, ...) are deliberately absent.
constexpr auto kMale = std::to_array<std::string_view>({
    // English
    "Aaron", "Adam", "Adrian", "Alan", "Albert", "Alexander", "Alfred", "Allan", "Andrew", "Anthony",
    "Arnold", "Arthur", "Barry", "Ben", "Benjamin", "Bernard", "Bill", "Billy", "Bob", "Bobby",
    "Brad", "Bradley", "Brandon", "Brendan", "Brian", "Bruce", "Bryan", "Carl", "Charles", "Charlie",
    "Christopher", "Clarence", "Clifford", "Colin", "Craig", "Dan", "Daniel", "Danny", "Darren",
    "David", "Dean", "Dennis", "Derek", "Dick", "Donald", "Douglas", "Duncan", "Dylan", "Earl",
    "Edgar", "Edmund", "Edward", "Edwin", "Eric", "Ernest", "Eugene", "Frank", "Frederick", "Fred",
    "Gary", "Geoffrey", "George", "Gerald", "Gilbert", "Glenn", "Gordon", "Graham", "Greg", "Gregory",
    "Harold", "Harry", "Harvey", "Henry", "Herbert", "Howard", "Hugh", "Ian", "Isaac", "Jack",
    "Jacob", "Jake", "James", "Jason", "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy",
    "Joe", "John", "Johnny", "Jonathan", "Joseph", "Joshua", "Justin", "Keith", "Ken", "Kenneth",
    "Kevin", "Kyle", "Larry", "Lawrence", "Leonard", "Lewis", "Louis", "Luke", "Malcolm", "Mark",
    "Martin", "Matt", "Matthew", "Michael", "Mike", "Nathan", "Neil", "Nicholas", "Nick", "Noah",
    "Norman", "Oliver", "Oscar", "Patrick", "Paul", "Peter", "Philip", "Phillip", "Ralph", "Randy",
    "Raymond", "Richard", "Rick", "Robert", "Roger", "Ronald", "Ron", "Roy", "Russell", "Ryan",
    "Samuel", "Scott", "Sean", "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Terence",
    "Thomas", "Timothy", "Todd", "Tom", "Tommy", "Tony", "Trevor", "Victor", "Vincent", "Walter",
    "Warren", "Wayne", "Wilfred", "William", "Willie", "Zachary",
    // more English given names and short forms
    "Abraham", "Abram", "Alfie", "Archie", "Barney", "Basil", "Benedict", "Brett", "Calvin", "Chester",
    "Clive", "Conrad", "Curtis", "Cyril", "Derrick", "Desmond", "Dominic", "Dwayne", "Ed", "Eddie",
    "Elijah", "Elmer", "Ernie", "Felix", "Floyd", "Franklin", "Gabriel", "Gus", "Hank", "Hector",
    "Homer", "Hugo", "Isaiah", "Jared", "Jerome", "Jonas", "Julian", "Laurence", "Leo", "Leroy",
    "Lloyd", "Lucas", "Marcus", "Marvin", "Max", "Melvin", "Moses", "Nathaniel", "Ned", "Nigel",
    "Percy", "Phil", "Ray", "Reginald", "Reggie", "Rex", "Ricky", "Roland", "Rudy", "Rupert",
    "Sebastian", "Seth", "Shane", "Sid", "Simon", "Solomon", "Theodore", "Tobias", "Travis", "Troy",
    "Tyrone", "Walt", "Wesley", "Wilbur",
    "Axel", "Emil", "Erich", "Erik", "Fritz", "Gustav", "Hendrik", "Hermann", "Kurt", "Leif", "Magnus",
    "Otto", "Pieter", "Rudolf", "Werner", "Willem",
    // French, German, Dutch, Scandinavian
    "Alain", "André", "Antoine", "Bernhard", "Bertrand", "Christophe", "Didier", "Dieter", "Emmanuel",
    "Étienne", "Franz", "François", "Friedrich", "Gerhard", "Günter", "Hans", "Heinrich", "Helmut",
    "Henri", "Jacques", "Jens", "Johann", "Johannes", "Jürgen", "Karl", "Klaus", "Lars",
    "Ludwig", "Marcel", "Mathieu", "Nils", "Olaf", "Olivier", "Pierre", "Rainer", "Sven", "Thierry",
    "Ulrich", "Wilhelm", "Wolfgang", "Yves",
    // Spanish, Portuguese, Italian
    "Alberto", "Alejandro", "Alessandro", "Antonio", "Carlos", "Diego", "Eduardo", "Enrique",
    "Fernando", "Francesco", "Francisco", "Giovanni", "Giuseppe", "Gonzalo", "Guillermo", "Ignacio",
    "Javier", "Joaquín", "Jorge", "José", "Juan", "Luigi", "Luis", "Manuel", "Marco", "Mario",
    "Miguel", "Pablo", "Paolo", "Pedro", "Rafael", "Ramón", "Ricardo", "Roberto", "Salvador",
    "Sergio", "Vicente",
    // Slavic, Greek, Hungarian
    "Aleksandr", "Alexei", "Andrei", "Boris", "Dmitri", "Dmitry", "Igor", "Ivan", "Konstantin",
    "Mikhail", "Nikolai", "Oleg", "Pavel", "Sergei", "Vladimir", "Yuri", "Piotr", "Tomasz",
    "Krzysztof", "Jiří", "Milan", "Dimitrios", "Georgios", "Nikos", "László", "István",
    // Arabic, Persian, Turkish, Hebrew
    "Ahmed", "Ahmad", "Ali", "Hassan", "Hussein", "Ibrahim", "Khalid", "Mahmoud", "Mohammed",
    "Muhammad", "Mohammad", "Mustafa", "Omar", "Abdullah", "Yusuf", "Mehmet", "Reza", "Moshe",
    "Yitzhak",
    // South Asian
    "Amit", "Anil", "Arjun", "Ashok", "Krishna", "Manoj", "Narendra", "Rahul", "Raj", "Rajesh",
    "Ramesh", "Ravi", "Sanjay", "Sunil", "Suresh", "Vijay", "Vikram", "Imran", "Nawaz",
    // East and South-East Asian
    "Hiroshi", "Takeshi", "Kenji", "Shinzo", "Yoshihide", "Fumio", "Jinping", "Keqiang", "Qiang",
    "Jong-un", "Joko", 
});

// Given names of women.
constexpr auto kFemale = std::to_array<std::string_view>({
    // English
    "Abigail", "Agnes", "Alice", "Alison", "Amanda", "Amelia", "Amy", "Angela", "Ann", "Anna",
    "Anne", "Annie", "Barbara", "Betty", "Beverly", "Brenda", "Bridget", "Carol", "Caroline",
    "Carolyn", "Catherine", "Charlotte", "Cheryl", "Christina", "Christine", "Claire", "Clara",
    "Cynthia", "Daisy", "Deborah", "Debra", "Denise", "Diana", "Diane", "Donna", "Doris", "Dorothy",
    "Edith", "Eileen", "Eleanor", "Elizabeth", "Ellen", "Emily", "Emma", "Esther", "Ethel",
    "Florence", "Frances", "Gladys", "Gloria", "Grace", "Hannah", "Harriet", "Heather",
    "Helen", "Irene", "Isabel", "Isabella", "Jane", "Janet", "Janice", "Jennifer", "Jessica",
    "Joanna", "Josephine", "Joyce", "Judith", "Judy", "Julia", "Julie", "Karen", "Kate",
    "Katherine", "Kathleen", "Kathryn", "Katie", "Laura", "Lauren", "Linda", "Lisa", "Louise",
    "Lucy", "Lydia", "Margaret", "Maria", "Marie", "Marilyn", "Martha", "Mary", "Megan", "Melissa",
    "Michelle", "Mildred", "Molly", "Nancy", "Natalie", "Nicole", "Olivia", "Pamela", "Patricia",
    "Pauline", "Peggy", "Rachel", "Rebecca", "Rose", "Ruth", "Sally", "Samantha", "Sandra", "Sarah",
    "Sharon", "Shirley", "Sophia", "Sophie", "Stephanie", "Susan", "Sylvia", "Teresa", "Theresa",
    "Tina", "Victoria", "Virginia", "Wendy",
    // more English given names and short forms
    "Alexandra", "Alicia", "Angelina", "Audrey", "Bella", "Belle", "Beth", "Bethany", "Betsy", "Bonnie",
    "Candice", "Carla", "Cassandra", "Cecilia", "Celia", "Chloe", "Colleen", "Constance", "Cora",
    "Danielle", "Dawn", "Debbie", "Delia", "Della", "Dolly", "Dora", "Elaine", "Eliza", "Ella", "Elsie",
    "Emilia", "Erica", "Erin", "Estelle", "Eva", "Eve", "Fiona", "Gemma", "Georgia", "Geraldine", "Gina",
    "Gwen", "Hazel", "Heidi", "Hilda", "Holly", "Ida", "Imogen", "Ivy", "Jacqueline", "Jasmine",
    "Jeanne", "Jenna", "Jenny", "Jill", "Joanne", "Josie", "Juliet", "Justine", "Kathy", "Katrina",
    "Kirsten", "Kristen", "Leah", "Lena", "Lily", "Liza", "Lois", "Loretta", "Lorraine", "Lucille",
    "Mabel", "Madeline", "Maggie", "Marcia", "Margot", "Marjorie", "Matilda", "Maureen", "Maxine",
    "Meg", "Melanie", "Millie", "Miranda", "Monica", "Nadia", "Naomi", "Nell", "Nina", "Nora", "Norma",
    "Olive", "Paula", "Penelope", "Phoebe", "Phyllis", "Polly", "Priscilla", "Rita", "Roberta",
    "Rosalind", "Rosemary", "Ruby", "Sabrina", "Serena", "Sheila", "Sonya", "Stella", "Sue", "Suzanne",
    "Tamara", "Tanya", "Vanessa", "Vera", "Veronica", "Violet", "Wilma", "Yvonne", "Zoe",
    // French, German, Dutch, Scandinavian
    "Anneliese", "Brigitte", "Chantal", "Élisabeth", "Gisela", "Hélène", "Ingrid",
    "Isabelle", "Karin", "Marianne", "Monique", "Nathalie", "Renate", "Sabine", "Simone", "Ursula",
    "Astrid", "Birgit", "Greta", "Ingeborg",
    // Spanish, Portuguese, Italian
    "Ana", "Beatriz", "Carmen", "Cristina", "Dolores", "Elena", "Francesca", "Giulia",
    "Juana", "Lucía", "Luisa", "Margarita", "Mercedes", "Paola", "Pilar", "Rosa", "Silvia",
    "Sofía",
    // Slavic, Greek, Hungarian
    "Anastasia", "Ekaterina", "Irina", "Natalia", "Natasha", "Olga", "Svetlana", "Tatiana",
    "Valentina", "Yulia", "Agnieszka", "Katarzyna", "Magdalena", "Małgorzata",
    // Arabic, Persian, Turkish, Hebrew
    "Aisha", "Fatima", "Layla", "Leila", "Maryam", "Zainab", "Zeynep", "Rivka", "Miriam",
    // South Asian
    "Anjali", "Indira", "Lakshmi", "Meera", "Nirmala", "Priya", "Priyanka", "Sonia", "Sunita",
    // East and South-East Asian
    "Yoko", "Keiko", "Yuko", "Akiko", "Naoko", "Mei", 
});

// Person nouns by sex, lower case.
constexpr auto kMaleNouns = std::to_array<std::string_view>({
    "actor", "boy", "brother", "businessman", "chairman", "congressman", "councilman", "duke",
    "emperor", "father", "fiancé", "gentleman", "grandfather", "grandson", "husband", "king", "lord",
    "man", "monk", "nephew", "prince", "son", "spokesman", "stepfather", "stepson", "uncle",
    "widower", "baron", "sultan", "tsar", "sir", "mr", "mr.", "boyfriend",
});
constexpr auto kFemaleNouns = std::to_array<std::string_view>({
    "actress", "aunt", "businesswoman", "chairwoman", "congresswoman", "daughter", "duchess",
    "empress", "fiancée", "girl", "girlfriend", "granddaughter", "grandmother", "heroine", "lady",
    "mother", "niece", "nun", "princess", "queen", "sister", "spokeswoman", "stepdaughter",
    "stepmother", "waitress", "widow", "wife", "woman", "baroness", "countess", "mrs", "mrs.", "ms",
    "ms.", "miss", "dame", "madame", "hostess", 
});

template <std::size_t M, std::size_t F>
std::unordered_map<std::string_view, Gender> make_index(const std::array<std::string_view, M>& male,
                                                        const std::array<std::string_view, F>& female) {
  std::unordered_map<std::string_view, Gender> out;
  for (std::string_view n : male) out.emplace(n, Gender::kMale);
  for (std::string_view n : female) {
    auto [it, fresh] = out.emplace(n, Gender::kFemale);
    if (!fresh && it->second != Gender::kFemale) it->second = Gender::kUnknown;  // listed as both
  }
  return out;
}

Gender find(const std::unordered_map<std::string_view, Gender>& index, std::string_view s) {
  const auto it = index.find(s);
  return it == index.end() ? Gender::kUnknown : it->second;
}

}  // namespace

Gender given_name_gender(std::string_view name) {
  static const auto index = make_index(kMale, kFemale);
  return find(index, name);
}

Gender noun_gender(std::string_view lower_noun) {
  static const auto index = make_index(kMaleNouns, kFemaleNouns);
  return find(index, lower_noun);
}

}  // namespace kg::extract
