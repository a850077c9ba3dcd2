import Testing
@testable import HearsayCore

/// Reporting patterns: each case is a short article body, the start of a quote's text,
/// who must be its speaker (and relay), and the rule that must have attributed it.
struct AttributionTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var body: String
    var quote: String
    var speaker: String
    var via: String? = nil
    /// The sieve that must have fired.
    var rule: AttributionRule
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "quote then cue then name", body: "“We will rebuild,” said Maria Okafor.", quote: "We will rebuild", speaker: "Maria Okafor", rule: .quoteThenCueSubject),
    Case(name: "quote then name then cue", body: "“We will rebuild,” Okafor said.", quote: "We will rebuild", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "name cue colon quote", body: "Maria Okafor said: “We will rebuild.”", quote: "We will rebuild", speaker: "Maria Okafor", rule: .subjectCueQuote),
    Case(name: "reported with that", body: "Maria Okafor said on Tuesday that the bridge would reopen in May.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "reported without that", body: "Maria Okafor said the bridge would reopen in May.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "postposed cue", body: "The bridge will reopen in May, Okafor said.", quote: "The bridge will reopen", speaker: "Okafor", rule: .contentThenSubjectCue),
    Case(name: "inverted postposed cue", body: "The bridge will reopen in May, said Okafor.", quote: "The bridge will reopen", speaker: "Okafor", rule: .contentThenCueSubject),
    Case(name: "a participle after a verb's object qualifies the object and leaves the clause to the cue after it",
         body: "The council will not honour rebates promised to homeowners under the old levy, the mayor's office confirmed Thursday.",
         quote: "The council will not honour rebates", speaker: "the mayor's office", rule: .contentThenSubjectCue),
    Case(name: "a cue after a relative clause's object is the sentence's verb",
         body: "Two of the pilots who flew the route called the new schedule unsafe.", quote: "the new schedule unsafe", speaker: "Two of the pilots",
         rule: .subjectCueContent),
    Case(name: "a participle and its that opening the sentence are the subject's after the comma",
         body: "Noting that the budget was tight, Mayor Ana Lima said cuts were coming.", quote: "the budget was tight", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a participle opening the sentence with no comma after its content is the next cue's subject's",
         body: "Conceding that a deal would come “down the line” Okafor warned: “It will take years, because our focus is on the bloc, the EU.”",
         quote: "a deal would come", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "an inverted cue's speaker keeps the quote after the role set off after the name",
         body: "Residents cheered the decision. The ruling, said Omar Bell, a lawyer for the tenants, “is a rebuke to the council.”",
         quote: "is a rebuke to the council", speaker: "Omar Bell", rule: .cueSubjectThenQuote),
    Case(name: "a verb the tagger reads as a participle after the told clause's subject and a phrase set off after it is its past",
         body: "Okafor told reporters the victim, a 45-year-old woman, remained in hospital.", quote: "the victim, a 45-year-old woman, remained",
         speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "reassuring is telling", body: "The minister reassured voters that the ballots were safe.", quote: "the ballots were safe", speaker: "The minister",
         rule: .subjectCueContent),
    Case(name: "a finding is what the inverted cue's speaker says", body: "The data show an association, not cause and effect, noted Dr. Rachel Whitmer, an epidemiologist.",
         quote: "The data show an association", speaker: "Rachel Whitmer", rule: .contentThenCueSubject),
    Case(name: "appositive subject", body: "Maria Okafor, a spokesperson for the ministry, said the bridge would reopen.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "role then name between commas", body: "The ministry's spokesperson, Maria Okafor, said the bridge would reopen.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "according to relays", body: "According to the Coastal Times, Okafor said that the bridge would reopen.", quote: "the bridge would reopen", speaker: "Okafor", via: "Coastal Times", rule: .subjectCueContent),
    Case(name: "according to alone", body: "The bridge will reopen in May, according to the Coastal Times.", quote: "The bridge will reopen", speaker: "Coastal Times", rule: .accordingTo),
    Case(name: "a present form after a possessive is a noun", body: "A tool used by hospitals to summarise doctors' notes made errors in one case in twenty, according to a review.",
         quote: "A tool used by hospitals", speaker: "a review", rule: .accordingTo),
    Case(name: "a present form after a possessive with its to is a speech noun", body: "Lima's promises to cut fares have put transport at the centre of the race.",
         quote: "to cut fares", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a document seen by an outlet speaks, not the outlet", body: "The tool made serious errors, according to an internal review seen by the Coastal Times.",
         quote: "The tool made serious errors", speaker: "an internal review", rule: .accordingTo),
    Case(name: "a document obtained by someone named speaks, not the one who obtained it", body: "The tool made serious errors, according to a memo obtained by Ana Lima.",
         quote: "The tool made serious errors", speaker: "a memo", rule: .accordingTo),
    Case(name: "according to with no comma after its source opens the clause after it", body: "According to the port authority more than 300 ships were delayed near Lagos, Nigeria.",
         quote: "more than 300 ships were delayed", speaker: "the port authority", rule: .accordingTo),
    Case(name: "according to a name with no comma after it opens the clause after it", body: "According to Ana Lima the levy will pass in May.",
         quote: "the levy will pass in May", speaker: "Ana Lima", rule: .accordingTo),
    Case(name: "a phrasal cue's participle after a comma goes on with the sentence's subject", body: "Ana Lima turned the story back on the Post, pointing out that the paper had erred.",
         quote: "the paper had erred", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a participle after a clause 'whose' opens in the subject goes on with the subject",
         body: "The deckhand whose warning first revealed the leak pleaded guilty on Wednesday, admitting that he had sold fuel from the ferry.",
         quote: "he had sold fuel from the ferry", speaker: "The deckhand", rule: .participleContinuation),
    Case(name: "a town's region closing a relative clause says where its antecedent went, not who spoke",
         body: "Ana Lima, who was to travel to Columbus, Ohio, said the rules touched on a core issue.",
         quote: "the rules touched on a core issue", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "so does one before words of when at the clause's end",
         body: "Ana Lima, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.",
         quote: "they touched on a core issue", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a participle of joking after a comma goes on with the subject", body: "Okafor spoke for an hour, joking that the levy was older than the council.",
         quote: "the levy was older than the council", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "a participle that ends its sentence after a noun is no cue of the noun's", body: "“I am better with my hands than with my brain,” said Ana Lima, half joking.",
         quote: "I am better with my hands than with my brain", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a common word opening the sentence before a role and a name qualifies the role, though a company's name holds it",
         body: "Harbourline Retail Inc. said it would close stores. Retail analyst Priya Desai of Keystone Research said the closures were overdue.",
         quote: "the closures were overdue", speaker: "Priya Desai", rule: .subjectCueContent),
    Case(name: "people a preposition ties to words no one speaks as are the subject", body: "Voters in many states said the levy was unfair.",
         quote: "the levy was unfair", speaker: "Voters", rule: .subjectCueContent),
    Case(name: "so are they before an aside set off by dashes", body: "Insiders in the next two states — Nevada and Ohio — said the levy was unfair.",
         quote: "the levy was unfair", speaker: "Insiders", rule: .subjectCueContent),
    Case(name: "a month after a participle's object is when, not the subject", body: "Democrats trying to win the council in November say they have a new weapon.",
         quote: "they have a new weapon", speaker: "Democrats", rule: .subjectCueContent),
    Case(name: "a participle after a thing's recipient is the thing's, and its author speaks", body: "Omar Bell sent a memo to the Coastal Times on Monday explaining his plan, which includes a levy.",
         quote: "his plan", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a number set off between commas restates the share before it, the subject", body: "Among likely voters, about two-thirds, 67 percent, say they will vote for the levy.",
         quote: "they will vote for the levy", speaker: "two-thirds", rule: .subjectCueContent),
    Case(name: "a cue closing the sentence after another's claim relays it", body: "Officials said privately that the ferry would run, the Coastal Times reported.",
         quote: "the ferry would run", speaker: "Officials", via: "Coastal Times", rule: .subjectCueContent),
    Case(name: "a cue closing the sentence after a quote and its cue relays them", body: "“The ferry will run,” Omar Bell said on Monday, the Coastal Times reported.",
         quote: "The ferry will run", speaker: "Omar Bell", via: "Coastal Times", rule: .quoteThenSubjectCue),
    Case(name: "a cue before a quote relays no question asked before it", body: "Asked by Ana Lima whether the ferry would run, Omar Bell said, “It will.”",
         quote: "It will", speaker: "Omar Bell", rule: .subjectCueThenQuote),
    Case(name: "a name after a noun it qualifies relays nothing", body: "Officials said the ferry would run, a point Ana Lima also acknowledged.",
         quote: "the ferry would run", speaker: "Officials", rule: .subjectCueContent),
    Case(name: "a relative clause on the source after according to is not what was said", body: "According to an official who spoke on condition of anonymity because the talks are private, the levy will pass in May.",
         quote: "the levy will pass in May", speaker: "an official", rule: .accordingTo),
    Case(name: "a record before its participle's phrase is the subject, not the phrase's object", body: "A new survey documenting reading ability in Scottish primary pupils has revealed many cannot read well.",
         quote: "many cannot read well", speaker: "A new survey", rule: .subjectCueContent),
    Case(name: "a record before its preposition's phrase is the subject, not the phrase's object", body: "A new survey of reading in Scottish pupils has revealed many cannot read well.",
         quote: "many cannot read well", speaker: "A new survey", rule: .subjectCueContent),
    Case(name: "a record's maker after by is the subject", body: "A report by the Coastal Times revealed the port had lost money.",
         quote: "the port had lost money", speaker: "Coastal Times", rule: .subjectCueContent),
    Case(name: "records with no article before them, whom by ties them to, show what they show",
         body: "Records obtained by the Coastal Times show the fund spent $212,000 on travel.",
         quote: "the fund spent $212,000", speaker: "Coastal Times", rule: .subjectCueContent),
    Case(name: "a record's maker after by is the subject of a verb of evidence",
         body: "A report released last month by the budget officer found that the port had lost money.",
         quote: "the port had lost money", speaker: "the budget officer", rule: .subjectCueContent),
    Case(name: "a verb of evidence before that is a verb though the tagger reads a noun after an adjective",
         body: "A report by the auditor general found that the province did not track bus service.",
         quote: "the province did not track bus service", speaker: "the auditor general", rule: .subjectCueContent),
    Case(name: "a clause-only cue reports a clause whose verb follows an adverb after its subject",
         body: "Omar Bell added the harbour board still plans to sell the land.", quote: "the harbour board still plans to sell the land", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a capitalised modal before a past tense is a surname that speaks",
         body: "Senator Dana May met port workers on Monday. After the meeting, May said the levy was fair.", quote: "the levy was fair",
         speaker: "Dana May", rule: .subjectCueContent),
    Case(name: "a capitalised modal opening its sentence before a present tense is a surname that speaks",
         body: "Columnist Omar Will toured the port. Will says the levy is a tax on hope.", quote: "the levy is a tax on hope",
         speaker: "Omar Will", rule: .subjectCueContent),
    Case(name: "a capitalised modal before a relative clause on a person is a surname that speaks",
         body: "Senator Dana May toured the port. May, who represents the harbour ward, told reporters the levy was fair.", quote: "the levy was fair",
         speaker: "Dana May", rule: .subjectCueContent),
    Case(name: "a capitalised modal before an adverb and a past tense is a surname that speaks",
         body: "Senator Dana May toured the port. May also warned that the levy would rise.", quote: "the levy would rise",
         speaker: "Dana May", rule: .subjectCueContent),
    Case(name: "a weak cue reports a clause whose present after a plural the tagger reads as a past",
         body: "The Coastal Times suggested the harbour attacks highlight the threat.", quote: "the harbour attacks highlight the threat",
         speaker: "Coastal Times", rule: .subjectCueContent),
    Case(name: "a determiner alone before an infinitive cue is what was said, and the verb's subject speaks",
         body: "Omar Bell spoke first. Ana Lima then had this to say: “It is a disgrace.”", quote: "It is a disgrace.", speaker: "Ana Lima", rule: .subjectCueQuote),
    Case(name: "a topic's phrase before a colon and a quote leaves the quote to the cue",
         body: "Omar Bell spoke first. Ana Lima said about the levy: “It is a disgrace.”", quote: "It is a disgrace.", speaker: "Ana Lima", rule: .subjectCueQuote),
    Case(name: "a record before a relative that opening the cue's clause speaks for whoever put it out",
         body: "The harbour board released a statement that said the port would close.", quote: "the port would close", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "a record's relative clause after according to leaves the sentence to the source",
         body: "Two rivals would defeat Ana Lima, according to a new poll that shows more voters view her unfavorably.", quote: "Two rivals would defeat Ana Lima",
         speaker: "a new poll", rule: .accordingTo),
    Case(name: "a people's name before a record says where it was made and the record speaks",
         body: "Children who watch screens are slower to talk, a new Canadian study suggests.", quote: "Children who watch screens are slower to talk",
         speaker: "a new Canadian study", rule: .contentThenSubjectCue),
    Case(name: "a title's office after for is no part of the name",
         body: "Undersecretary for Harbour Affairs Dana Okafor said the ferry had left.", quote: "the ferry had left", speaker: "Dana Okafor", rule: .subjectCueContent),
    Case(name: "a department's name ending in a country after a spokesperson's for is the department whole",
         body: "A spokesperson for Harbour Affairs Canada said the ferry had left.", quote: "the ferry had left", speaker: "Harbour Affairs Canada", rule: .subjectCueContent),
    Case(name: "she passes over the last speaker whose French given name is a man's",
         body: "Mayor Valérie Roy and police chief Sylvain Caron met on Tuesday. Caron said his officers were stretched thin. She said the city could not afford more.",
         quote: "the city could not afford more", speaker: "Valérie Roy", rule: .subjectCueContent),
    Case(name: "an office's words joined by and before a name are no second speaker",
         body: "Minister for Ports and Harbour Safety Dana Okafor said the ferry had left.", quote: "the ferry had left", speaker: "Dana Okafor", rule: .subjectCueContent),
    Case(name: "a clause of contrast after according to is part of what was said", body: "According to Omar Bell, while the plan was costly, it would pay off within ten years.",
         quote: "while the plan was costly", speaker: "Omar Bell", rule: .accordingTo),
    Case(name: "a clause of contrast after a cue is part of what was said", body: "Omar Bell said while the plan was costly, it would pay off within ten years.",
         quote: "while the plan was costly", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a full name after a body's name, closing the subject, is the person, not the body's last words",
         body: "Executive director of the Kellburg chapter of the Council on Coastal Relations Maria Ruiz said the ferry was late.", quote: "the ferry was late",
         speaker: "Maria Ruiz", rule: .subjectCueContent),
    Case(name: "a posting is a record, the head of its phrase, though the tagger reads a verb's -ing",
         body: "According to an online posting made on Sunday, the ferry will not sail.", quote: "the ferry will not sail",
         speaker: "an online posting", rule: .accordingTo),
    Case(name: "a record's noun before a name with no comma is another phrase's: the name and its colleagues speak",
         body: "In a new paper Okafor and colleagues describe ferries listing in calm water.", quote: "ferries listing in calm water",
         speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a topic after a cue's own preposition, then a comma and a quote: the quote is what was said",
         body: "Okafor commented on the start of the ferry levy, “When the boats ran late, I thought, we need money.”", quote: "When the boats ran late",
         speaker: "Okafor", rule: .subjectCueQuote),
    Case(name: "a conjunction after a mid-sentence cue opens another clause: what was said ends at the cue",
         body: "The port will add two ferries, Omar Okafor announced Tuesday, but premiers in the region say it falls short.",
         quote: "The port will add two ferries", speaker: "Omar Okafor", rule: .contentThenSubjectCue),
    Case(name: "the clause a conjunction opens after a mid-sentence cue has its own speaker",
         body: "The port will add two ferries, Omar Okafor announced Tuesday, but premiers in the region say it falls short.",
         quote: "it falls short", speaker: "premiers in the region", rule: .subjectCueContent),
    Case(name: "a plural of people the tagger reads as a verb, after another phrase's noun, is the subject alone",
         body: "Bell replaced his campaign manager Sunday, a move aides said was meant to steady the campaign.", quote: "was meant to steady",
         speaker: "aides", rule: .subjectCueContent),
    Case(name: "a gerund after a verb of writing says how it was written, and the quote after the colon is what",
         body: "Mayor Ana Lima tweeted using the harbour board's account:\n\n“The ferry runs again tomorrow.”", quote: "The ferry runs again tomorrow",
         speaker: "Ana Lima", rule: .introducedByColon),
    Case(name: "a clause of condition whose verb ends before its comma is part of what was said, no phrase of where",
         body: "Sander Okafor said if the council agreed, work on the bridge would start in May.", quote: "if the council agreed", speaker: "Sander Okafor",
         rule: .subjectCueContent),
    Case(name: "a clause of contrast whose subject opens with a bare noun is part of what was said",
         body: "Dana Ruiz said although rainfall and runoff are each known to harm the reef, “nobody has measured them together”.",
         quote: "although rainfall and runoff", speaker: "Dana Ruiz", rule: .subjectCueContent),
    Case(name: "according to a source with a label in quotes", body: "According to her “clawback” plan, firms relocating overseas must repay the aid they received.",
         quote: "firms relocating overseas", speaker: "her clawback plan", rule: .accordingTo),
    Case(name: "a passive as clause names a source as according to does", body: "As reported by the Coastal Times, the bridge will reopen in May.", quote: "the bridge will reopen", speaker: "Coastal Times", rule: .accordingTo),
    Case(name: "a passive as clause relays the sentence's claim", body: "As first reported by the Coastal Times, Okafor said that the bridge would reopen.", quote: "the bridge would reopen", speaker: "Okafor", via: "Coastal Times", rule: .subjectCueContent),
    Case(name: "quoted as saying in the passive: the subject speaks", body: "Priya Natarajan was quoted as saying the plan was sound.", quote: "the plan was sound", speaker: "Priya Natarajan", rule: .quotedAsSaying),
    Case(name: "quoted by an outlet as saying: the subject speaks, the outlet relays", body: "Priya Natarajan was quoted by Radio Meridian as saying the plan was sound.", quote: "the plan was sound", speaker: "Priya Natarajan", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "cited by an outlet as saying: the subject speaks, the outlet relays", body: "Priya Natarajan was cited by Radio Meridian as saying the plan was sound.", quote: "the plan was sound", speaker: "Priya Natarajan", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "the one quoted is the object whole, a role's of and a possessive with it",
         body: "Radio Meridian quoted a member of the council's harbour committee as saying the plan was sound.", quote: "the plan was sound",
         speaker: "a member of the council's harbour committee", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "quoted as saying after what was said, the outlet after it: the subject speaks what came before",
         body: "The plan was sound, Priya Natarajan was quoted as saying by Radio Meridian on Sunday.", quote: "The plan was sound", speaker: "Priya Natarajan", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "an outlet quotes someone as saying, in the present", body: "Radio Meridian quotes engineer Priya Natarajan as saying the plan is sound.", quote: "the plan is sound", speaker: "Priya Natarajan", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "quoted as saying", body: "The plan is sound, Radio Meridian quoted engineer Priya Natarajan as saying.", quote: "The plan is sound", speaker: "Priya Natarajan", via: "Radio Meridian", rule: .quotedAsSaying),
    Case(name: "in the words of names a source", body: "By the end the bridge was closing every week and, in the words of the harbour master, Omar Bell, \u{201C}the cables were failing one by one.\u{201D}",
         quote: "the cables were failing", speaker: "Omar Bell", rule: .accordingTo),
    Case(name: "before a quote, the last person named, not a body they spoke of", body: "Senator Ana Lima issued a statement on the closure of the Harbour Research Centre (HRC) in Leeds. \u{201C}Like many residents, I am disappointed with the decision.\u{201D}",
         quote: "Like many residents", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "citing", body: "Citing an engineer, Bloomberg said the bridge was unsafe.", quote: "the bridge was unsafe", speaker: "an engineer", via: "Bloomberg", rule: .citingSource),
    Case(name: "citing set off between the subject and its speech verb relays as citing before it does",
         body: "The Harbour Times, citing two engineers, reported that the bridge was unsafe.",
         quote: "the bridge was unsafe", speaker: "two engineers", via: "Harbour Times", rule: .citingSource),
    Case(name: "told listener that", body: "Okafor told the Coastal Times on Monday that the bridge was safe.", quote: "the bridge was safe", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an aside after the listener's name leaves what was told", body: "Okafor told Ana Lima, the harbour master, that the ferry would run through the winter.",
         quote: "the ferry would run", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an aside after the name of the one asked leaves the question", body: "Okafor asked Ana Lima, the harbour master, whether the ferry would run through the winter.",
         quote: "whether the ferry would run", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "wondering whether reports a question", body: "Ana Lima wondered whether the levy would pass before the winter.", quote: "whether the levy would pass", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a progressive of wonder with if reports a question", body: "Some of the mayor's allies are wondering if he has lost his touch.", quote: "if he has lost his touch", speaker: "Some of the mayor's allies", rule: .subjectCueContent),
    Case(name: "assured with its listener reports the clause after", body: "Okafor assured voters he would cut the fares by June.", quote: "he would cut the fares", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "clarified that reports", body: "A council aide later clarified that the mayor had misspoken.", quote: "the mayor had misspoken", speaker: "A council aide", rule: .subjectCueContent),
    Case(name: "repeated that reports", body: "Port spokesman Omar Bell repeated that the east dock would stay open.", quote: "the east dock would stay open", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "brags with a clause reports", body: "Okafor, who brags he has held 100 town halls, said the fares were fair.", quote: "he has held 100 town halls", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "hinted that reports", body: "Ana Lima also hinted that she might run again.", quote: "she might run again", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a weak cue's infinitive before a question reports it", body: "Okafor continued to question whether Lima's birth abroad made her ineligible.",
         quote: "whether Lima's birth abroad", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a participle of alleging after a comma goes on with its subject", body: "A federal lawsuit filed on Monday, alleging that the port had hidden the losses, named three officials.",
         quote: "the port had hidden the losses", speaker: "A federal lawsuit", rule: .participleContinuation),
    Case(name: "a participle of alleging after a thing's noun is the thing's author's", body: "The agency planted newspaper articles alleging that the port had invented the shortage.",
         quote: "the port had invented the shortage", speaker: "The agency", rule: .subjectCueContent),
    Case(name: "a listener named with an ampersand", body: "Ravi Singh told CBC's Power & Politics that he would push for a national standard.", quote: "he would push", speaker: "Ravi Singh", rule: .subjectCueContent),
    Case(name: "progressive cue", body: "The harbour board is demanding that the council publish the survey.", quote: "the council publish", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "progressive cue past an adverb", body: "Harbour officials are quietly saying the levy will pass.", quote: "the levy will pass", speaker: "Harbour officials", rule: .subjectCueContent),
    Case(name: "progressive cue past a cue's modifier", body: "Some councillors are now saying the bridge should close.", quote: "the bridge should close", speaker: "Some councillors", rule: .subjectCueContent),
    Case(name: "since between the auxiliary and the cue", body: "Maria Okafor opposed the toll. She has since said that the levy will pass.", quote: "the levy will pass", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "an adverb set off by commas before the cue", body: "Harbour engineers and city officials, however, said they believed the cables would hold.", quote: "they believed the cables would hold", speaker: "city officials", rule: .subjectCueContent),
    Case(name: "a participle and its time after the subject", body: "A harbour report published Wednesday said the cables would hold.", quote: "the cables would hold", speaker: "A harbour report", rule: .subjectCueContent),
    Case(name: "then after a comma coordinates the cue with the verb before", body: "Okafor jokingly offered the man a job, then says she will welcome advice.", quote: "she will welcome advice", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a coordinated cue's subject is a contracted pronoun", body: "Ana Lima spoke on Monday. She’s comparing the levy to the toll and says the council is flouting the charter.", quote: "the council is flouting", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a coordinated cue's subject is its own clause's, not the sentence's, with no cue before",
         body: "The union has spent $1 million on ads. It has become such a presence that Ana Lima thanked its members and called the union “one of the sponsors of my campaign.”",
         quote: "the union “one of the sponsors", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a name before an appositive left unclosed speaks",
         body: "Friday on HBC’s “Harbour Hour,” Sen. Ana Lima (D-NY), a supporter of the levy told host Omar Bell she believed the council would pass it.",
         quote: "she believed the council would pass it", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a role after a preposition's object and a comma speaks", body: "After meeting Ana Lima, a spokesman for the port said the levy would pass.",
         quote: "the levy would pass", speaker: "a spokesman for the port", rule: .subjectCueContent),
    Case(name: "a role after a town's state and a comma speaks", body: "Days before the convention in Lagos, Nigeria, a new poll shows the mayor with her largest lead.",
         quote: "the mayor with her largest lead", speaker: "a new poll", rule: .subjectCueContent),
    Case(name: "an email is a document that speaks", body: "The email said the harbour board would meet on Monday.",
         quote: "the harbour board would meet", speaker: "The email", rule: .subjectCueContent),
    Case(name: "who sends an email saying speaks, past a finding inside", body: "The Lima campaign sent a fundraising email Wednesday saying that the results in Lagos show Lima and Okafor are in a two-way race.",
         quote: "the results in Lagos show", speaker: "The Lima campaign", rule: .subjectCueContent),
    Case(name: "a colon before another cue's subject ends the claim", body: "Even people who endorsed the plan sounded unsure: Former Rep. Ana Lima called it “the least bad option.”",
         quote: "it “the least bad option", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a participle after an opening phrase's comma is the subject's after its own",
         body: "Sunday, on HBC’s “Harbour Hour,” while commenting on the divide in Lagos, Governor Ana Lima said the city must heal.",
         quote: "the divide in Lagos", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a passive participle with its agent is no cue", body: "While commenting on the racial divide in America highlighted by the recent shootings in Lagos, Governor Ana Lima said the city must heal.",
         quote: "the city must heal", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a plural of people the tagger reads as a compound's singular heads its own phrase",
         body: "Shares fell after the company said growth would slow, a forecast analysts at the bank described as “conservative.”",
         quote: "as “conservative", speaker: "analysts", rule: .subjectCueContent),
    Case(name: "a participle after a comma goes on with the gerund's subject before it",
         body: "I am old enough to remember Governor Ana Lima going on TV on April 18, 1977, declaring a “moral equivalent of war” on the harbour levy.",
         quote: "a “moral equivalent of war”", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a past speech verb opening a line before a name and a colon is no part of the name",
         body: "Ana Lima spoke on the radio.\n\nContinued Lima: “So I think it is a very real problem for the port.”",
         quote: "So I think it is a very real problem", speaker: "Ana Lima", rule: .nameColonQuote),
    Case(name: "a party's member of a place after an article's adjective is a role, not a name",
         body: "Tom Baker, an influential Ohio Republican who said he would not vote for the levy, spoke on Monday.",
         quote: "he would not vote for the levy", speaker: "Tom Baker", rule: .subjectCueContent),
    Case(name: "the second of two roles apposed to a name is the name's",
         body: "“I am not sure,” said Tom Baker, a media consultant and an influential Hispanic Republican who said he would not vote for the levy.",
         quote: "he would not vote for the levy", speaker: "Tom Baker", rule: .subjectCueContent),
    Case(name: "a role apposed to a name after a postposed cue is the name's",
         body: "“It will not pass,” said Rep. Dana Ruiz (D-Tex.), a moderate who has argued that the bill goes too far.",
         quote: "the bill goes too far", speaker: "Dana Ruiz", rule: .subjectCueContent),
    Case(name: "a role apposed to a verb's object is the object's",
         body: "Ana Lima praised Ruiz, a moderate who warned that the levy would raise costs.",
         quote: "the levy would raise costs", speaker: "Ruiz", rule: .subjectCueContent),
    Case(name: "a role after a phrase of where that opens the sentence is no name's",
         body: "At the town hall in Hanoi, a young teacher who had studied in Montana asked Barack Obama what he thought of the race.",
         quote: "what he thought of the race", speaker: "a young teacher", rule: .subjectCueContent),
    Case(name: "the clause after a preposition's name that opens the sentence is no role of the name",
         body: "In Hanoi, a young teacher who had studied abroad said the race was close.",
         quote: "the race was close", speaker: "a young teacher", rule: .subjectCueContent),
    Case(name: "a coordinated cue's subject comes after a dateline", body: "LAGOS, Nigeria (Harbour Wire) - Ana Lima met the harbour board on Monday and said the levy would pass.", quote: "the levy would pass", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a comma between an opening phrase's adjectives does not end the phrase",
         body: "In a long, candid interview last year, Ana Lima said she welcomed the audit and added, “I will sign it, no problem.”",
         quote: "I will sign it", speaker: "Ana Lima", rule: .subjectCueThenQuote),
    Case(name: "a comma after an opening phrase's article and one word does not end the phrase",
         body: "In a wide-ranging, on-air interview with Harbour Radio on Monday, Ana Lima said she welcomed the audit and added, “I will sign it, no problem.”",
         quote: "I will sign it", speaker: "Ana Lima", rule: .subjectCueThenQuote),
    Case(name: "a short quoted title inside an appositive does not end it",
         body: "Ruiz, the author of “Harbour Lights,” a history of the port, said the days when the city had one ferry were over.",
         quote: "the days when the city", speaker: "Ruiz", rule: .subjectCueContent),
    Case(name: "an -s form the tagger reads as a verb right before the cue is the subject's plural",
         body: "Harbour allies said the plan failed.", quote: "the plan failed", speaker: "Harbour allies", rule: .subjectCueContent),
    Case(name: "an -s form the tagger reads as a verb before a cue it reads as a participle is the subject's plural",
         body: "Some Harbour allies said that the plan failed.", quote: "the plan failed", speaker: "Some Harbour allies", rule: .subjectCueContent),
    Case(name: "a whose clause that ends in its verb before the cue describes the subject",
         body: "The harbour officials whose tolls have been invalidated say the real change has come on the bench.",
         quote: "the real change", speaker: "The harbour officials", rule: .subjectCueContent),
    Case(name: "the object of a participle describing a plural is not the subject",
         body: "Democrats trying to win the council say they have a powerful new weapon.", quote: "they have a powerful", speaker: "Democrats", rule: .subjectCueContent),
    Case(name: "a that inside a reported question is the question's own",
         body: "Okafor asked whether the minister could reach that level by May.", quote: "whether the minister could reach that level", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a listener's possessive mark after its s does not hide the that",
         body: "The Harbour Legion wrote to the Okafors’ office that it did not have permission to use the emblem.",
         quote: "it did not have permission", speaker: "Harbour Legion", rule: .subjectCueContent),
    Case(name: "a coordinated cue's subject is found past a time before the cue",
         body: "Ana Lima has been critical of the mayor but on Tuesday wrote that she agreed with him.",
         quote: "she agreed with him", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a participle's words set off after the content's subject do not end the content",
         body: "The harbour office says ferry riders, numbering 75,000 a day, surpassed bus riders in 2015.",
         quote: "ferry riders, numbering 75,000 a day, surpassed", speaker: "The harbour office", rule: .subjectCueContent),
    Case(name: "a participle after a possessive modifies its noun and is no cue",
         body: "Nearly 60 percent of Lima's reported contributions, totaling $70 million, have come from women, according to the Coastal Times.",
         quote: "Nearly 60 percent", speaker: "Coastal Times", rule: .accordingTo),
    Case(name: "a cue set off by commas with its listener makes the whole sentence the content",
         body: "The solution, the harbour master told reporters, was simple.", quote: "The solution", speaker: "the harbour master", rule: .parentheticalCue),
    Case(name: "with no quote after the cue's comma, the clause past an aside is what was said",
         body: "Ana Lima says, win or lose, she is staying in the race.", quote: "win or lose, she is staying", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an adverb set off between the cue and that is no part of what was said",
         body: "Okafor said, however, that he is a strong advocate for the levy.", quote: "he is a strong advocate", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a participle's subject comes after a dateline in title case with its agency",
         body: "Lagos (Harbour Wire) – Ana Lima has taken a swipe at the harbour board, saying that the levy would pass.",
         quote: "the levy would pass", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a dateline in title case may name its state before the agency",
         body: "Port Harcourt, Rivers (Harbour Wire) — Ana Lima met the harbour board on Monday and said the levy would pass.",
         quote: "the levy would pass", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "people in a list of places are the subject, not the last place",
         body: "Farmers in Kano, Jos and Lagos said they felt betrayed by the harbour board.",
         quote: "they felt betrayed", speaker: "Farmers in Kano, Jos and Lagos", rule: .subjectCueContent),
    Case(name: "people in two places are the subject, not the second place",
         body: "Voters in Lagos and Abuja said the levy would pass.",
         quote: "the levy would pass", speaker: "Voters in Lagos and Abuja", rule: .subjectCueContent),
    Case(name: "a region after a town set off by commas is where the subject is, not who",
         body: "Farmers in Kano, Nigeria, said the levy would pass.",
         quote: "the levy would pass", speaker: "Farmers in Kano", rule: .subjectCueContent),
    Case(name: "the antecedent of who is the people before a list of places, not the verb before them",
         body: "She did support workers in Lagos, Jos and Kano who demanded a higher minimum wage.",
         quote: "a higher minimum wage", speaker: "workers in Lagos, Jos and Kano", rule: .subjectCueContent),
    Case(name: "the antecedent of who is the role before a place, not the verb before it",
         body: "The council met fishermen in Lagos who demanded a higher harbour levy.",
         quote: "a higher harbour levy", speaker: "fishermen in Lagos", rule: .subjectCueContent),
    Case(name: "a clause after a listener is the content, not the relative clause after it",
         body: "Okafor told the court the warrant was based on an anonymous tip that was never verified.",
         quote: "the warrant was based on an anonymous tip that was never verified", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "that after a prepositional phrase and its aside opens the content",
         body: "Justice Ana Lima wrote in her decision, released Friday, that the officers honestly believed their warrant was valid.",
         quote: "the officers honestly believed their warrant was valid", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "that after a time and a longer aside set off by commas opens the content",
         body: "The mayor said on Tuesday, after a long meeting with union leaders, that the strike was over.",
         quote: "the strike was over", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "a relative that inside the aside is not the one that opens the content",
         body: "The mayor said on Tuesday, after talks that ran late, that the strike was over.",
         quote: "the strike was over", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "a relative pronoun after a long aside leaves the quote before the cue to its speaker",
         body: "“The harbour was never safe,” Ana Lima wrote Thursday in an email to the Coastal Times, marking the first time she named Okafor, who runs the port.",
         quote: "The harbour was never safe", speaker: "Ana Lima", rule: .quoteThenSubjectCue),
    Case(name: "a clause of when right after the cue says when, and the that after it opens the content",
         body: "Omar Bell said while he was in Salem that the ferry fares would rise.",
         quote: "the ferry fares would rise", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "an adverb set off by commas after the listener stands before that",
         body: "Sources told the Coastal Times, however, that the levy would pass.",
         quote: "the levy would pass", speaker: "Sources", rule: .subjectCueContent),
    Case(name: "a role's relative clause set off by commas stands between it and the cue",
         body: "“We are ready to respond,” the official, who declined to be named, told the Coastal Times.",
         quote: "We are ready to respond", speaker: "the official", rule: .quoteThenSubjectCue),
    Case(name: "a clause after a listener opens with a possessive and its own",
         body: "Okafor told the Coastal Times the city's own programs could be at risk.",
         quote: "the city's own programs could be at risk", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "that before a comma stands for what was said before, and the participle after it reports",
         body: "Okafor denied that, saying nobody had ever mentioned risk.",
         quote: "nobody had ever mentioned risk", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "an opening preposition's phrase may hold an infinitive and a relative clause", body: "Amid proposals from some to build registers that would list those expelled, the Harbour Gazette’s Ana Lima offered a defence of a register, saying it is vital to record the names.",
         quote: "it is vital to record", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a weak cue's clause may have a subject with a preposition and its object", body: "Okafor, who suggested the fight against the cartel could be left to the navy, spoke last.",
         quote: "the fight against the cartel could be left", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a relative clause a coordinator joins to an earlier one has its antecedent",
         body: "“The crowds are big,” said Rep. Ana Lima, a harbour councillor whose ward backed the levy but who argued that the fees were too high.",
         quote: "the fees were too high", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a relative clause after an earlier one and its comma has its antecedent",
         body: "Omar Bell, who ran the port for a decade, and who argued that the levy was unfair, spoke for an hour.",
         quote: "the levy was unfair", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a length of time after a person's noun and of is the person's, not a time of saying",
         body: "The ferry employee of four years said she was let go in May.", quote: "she was let go", speaker: "The ferry employee of four years", rule: .subjectCueContent),
    Case(name: "a role for a body's name after the clause speaks for the body, whatever the name's article",
         body: "The ferry will run all winter, a spokesperson for the Harbour Authority said.", quote: "The ferry will run", speaker: "Harbour Authority", rule: .contentThenSubjectCue),
    Case(name: "a body's name ends before a connector that no more of it follows",
         body: "The Harbour Council of Canadian Fishers and the Port Workers Union filed the challenge, arguing the law was void.",
         quote: "the law was void", speaker: "Harbour Council of Canadian Fishers", rule: .participleContinuation),
    Case(name: "an owner's name before a body's name opens a place after the subject",
         body: "Nurses at Truro's Harbour Health Centre say the wards are full.", quote: "the wards are full", speaker: "Nurses", rule: .subjectCueContent),
    Case(name: "a coordinator opening the sentence is no part of its subject", body: "Yet Tory economists, unlike their Labour colleagues, argue the levy is sound.",
         quote: "the levy is sound", speaker: "Tory economists", rule: .subjectCueContent),
    Case(name: "a state's abbreviation and a time between commas open the sentence before its subject",
         body: "At a fair in Concord, N.H., on Friday, Senator Ana Lima of Maine backed Mr. Okafor, saying that her old opponent would be a fine governor.",
         quote: "her old opponent would be", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a legislator's party and state keep their period between commas",
         body: "But Sen. Ana Lima, R-Wis., wrote on her blog that the measure was chaos.",
         quote: "the measure was chaos", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "the source's relative clause is no part of what it reports",
         body: "According to the Coastal Times, which first reported the threat, the negotiators were caught off guard.",
         quote: "the negotiators were caught off guard", speaker: "Coastal Times", rule: .accordingTo),
    Case(name: "per opening a sentence names its source",
         body: "Per the filing, the company had about $30 million in cash.",
         quote: "the company had about $30 million in cash", speaker: "the filing", rule: .accordingTo),
    Case(name: "a document whose noun ends in -ing is the source's head",
         body: "The company raised $80 million last year, according to a regulatory filing.",
         quote: "The company raised $80 million last year", speaker: "a regulatory filing", rule: .accordingTo),
    Case(name: "an outlet's name holds and between two outlet words after according to",
         body: "According to The Globe and Mail, the negotiators were caught off guard.",
         quote: "the negotiators were caught off guard", speaker: "Globe and Mail", rule: .accordingTo),
    Case(name: "a coordinated cue's subject comes after a function word and a comma", body: "There, the district chairman Chuck Okafor declined to name the delegates but said one was a supporter of the levy.", quote: "one was a supporter", speaker: "Chuck Okafor", rule: .subjectCueContent),
    Case(name: "a coordinated cue's subject comes after a show's title in an opening phrase", body: "Speaking Sunday on HBC's “This Week,” Okafor admitted that the figure was wrong, but said her office had found the report.", quote: "her office had found", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "progressive cue with a listener", body: "Maria Okafor is warning residents that the bridge may close.", quote: "the bridge may close", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "place commas before that", body: "Okafor said at a rally in Lagos, Nigeria, that the bridge would reopen.", quote: "the bridge would reopen", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a verb of questioning with a thing for object states a stance, past a person's possessive", body: "Ana Lima questioned the skipper's account of the crossing.", quote: "the skipper's account", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "reported question after a weak cue", body: "Okafor questioned whether the bridge was safe.", quote: "whether the bridge was safe", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a dateline is a place, not the person the paragraph introduces",
         body: "KUALA LUMPUR, Sept. 28 (UPI) — At the launch of her album, the singer Maria Okafor performed for the crowd.\n\n“We go on from here.”",
         quote: "We go on from here", speaker: "Maria Okafor", rule: .introducedByPreviousParagraph),
    Case(name: "a person of an institute is the person", body: "“The tide gauges agree,” said Dana Ruiz of the Harbor Institute.", quote: "The tide gauges agree", speaker: "Dana Ruiz", rule: .quoteThenCueSubject),
    Case(name: "a person of a body whose name opens with a title's word is the person", body: "“They are our neighbours,” said Rev. Ellen Park of First Harbour Church.",
         quote: "They are our neighbours", speaker: "Ellen Park", rule: .quoteThenCueSubject),
    Case(name: "a governor of a state is the governor", body: "“Nobody asked us,” said former Gov. Ana Lima of New Mexico, a Democrat.", quote: "Nobody asked us", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a weak cue with a clause and no that reports it", body: "Maria Okafor suggested she would not seek a second term.", quote: "she would not seek", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "an adverb between subject and cue", body: "The engineer first said the cables were sound.", quote: "the cables were sound", speaker: "The engineer", rule: .subjectCueContent),
    Case(name: "a verb no list names closes a quote", body: "“Never again,” the harbour master snapped.", quote: "Never again", speaker: "the harbour master", rule: .quoteThenSubjectCue),
    Case(name: "a verb no list names opens a speaker", body: "“This is fantastic!” beamed Ana Lima of Lagos.", quote: "This is fantastic", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a relative after a person's place set off by commas is the person's", body: "Nicky Driscoll, 24, from Salem, who said the levy was best suited to fix the port, voted early.", quote: "the levy was best suited", speaker: "Nicky Driscoll", rule: .subjectCueContent),
    Case(name: "a relative after a role's town and state is the person's", body: "“It is late,” said Alan Okafor, a surgeon from Tarrow, New Lagos, who said he backed the levy.", quote: "he backed the levy", speaker: "Alan Okafor", rule: .subjectCueContent),
    Case(name: "a relative with its auxiliary contracted onto it is a relative", body: "The council must win over the harbour pilots who've already said they oppose the levy.", quote: "they oppose the levy", speaker: "the harbour pilots", rule: .subjectCueContent),
    Case(name: "a plural the tagger reads as a verb is a noun after a possessive and a modifier", body: "Some of Lima's longtime allies said they would now accept the levy.", quote: "they would now accept", speaker: "Some of Lima's longtime allies", rule: .subjectCueContent),
    Case(name: "a role with an adjective and its preposition is the subject, not the object", body: "People close to the mayor said she would resign in May.", quote: "she would resign", speaker: "People close to the mayor", rule: .subjectCueContent),
    Case(name: "an object pronoun after a role's preposition is no subject, the role is", body: "A source close to him said the mayor would resign in May.", quote: "the mayor would resign", speaker: "A source close to him", rule: .subjectCueContent),
    Case(name: "her after a role's preposition is its object, not a possessive", body: "People close to her said the mayor would resign in May.", quote: "the mayor would resign", speaker: "People close to her", rule: .subjectCueContent),
    Case(name: "a listener told in the passive leaves the claim to the one after by", body: "The union was told by management that the offer was final.",
         quote: "the offer was final", speaker: "management", rule: .toldByAgent),
    Case(name: "an assurance in the passive is the agent's too", body: "Residents have been assured by the harbour board that the water is safe.",
         quote: "the water is safe", speaker: "the harbour board", rule: .toldByAgent),
    Case(name: "that opening its sentence before a noun is the subject's determiner", body: "That person said the mayor was frustrated.", quote: "the mayor was frustrated", speaker: "That person", rule: .subjectCueContent),
    Case(name: "her after a role's preposition is its object before a verb's base form too", body: "The mayor can win back trust, people close to her say.", quote: "The mayor can win back trust", speaker: "people close to her", rule: .contentThenSubjectCue),
    Case(name: "a pronoun for people before an adjective and its preposition opens the role", body: "Those close to him say that the mayor will resign in May.", quote: "the mayor will resign", speaker: "Those close to him", rule: .subjectCueContent),
    Case(name: "a role with its object pronoun after the claim speaks it", body: "The mayor will resign in May, a source close to her said.", quote: "The mayor will resign", speaker: "a source close to her", rule: .contentThenSubjectCue),
    Case(name: "a role tied to an object tied to another is the subject", body: "Two officials with knowledge of the talks said a deal was near.", quote: "a deal was near", speaker: "Two officials with knowledge of the talks", rule: .subjectCueContent),
    Case(name: "a participle's prepositional object is not the subject", body: "Residents living near the harbour say the ferry is too loud.", quote: "the ferry is too loud", speaker: "Residents", rule: .subjectCueContent),
    Case(name: "a speech verb's plural after an adjective is the source's noun", body: "According to confidential reports, harbour pilots planned to strike during the regatta.", quote: "harbour pilots planned", speaker: "confidential reports", rule: .accordingTo),
    Case(name: "a source's adjective takes its preposition and object", body: "The deal is near, according to people familiar with the talks.", quote: "The deal is near", speaker: "people familiar with the talks", rule: .accordingTo),
    Case(name: "titles joined by and belong to the name after them", body: "“It is over,” said former Leeds Mayor and Labour Party Chairman Tom Okafor.", quote: "It is over", speaker: "Tom Okafor", rule: .quoteThenCueSubject),
    Case(name: "a role with an adjective's object is the speaker, not a name in the object", body: "“The drop is real,” said a person close to the Limas.", quote: "The drop is real", speaker: "a person close to the Limas", rule: .quoteThenCueSubject),
    Case(name: "a pronoun a relative clause describes is the speaker, not the clause's object", body: "Those who attended the meeting said the levy was unfair.", quote: "the levy was unfair", speaker: "Those", rule: .subjectCueContent),
    Case(name: "a capitalised plural the tagger reads as a verb before the cue is its subject", body: "Democrats say the levy will fail in the council.", quote: "the levy will fail", speaker: "Democrats", rule: .subjectCueContent),
    Case(name: "a weak cue's clause may open with a coordinated subject and a possessive", body: "Ana Lima announced she and her husband were leaving the port.", quote: "she and her husband were leaving", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a weak cue's clause may open with a sum of money", body: "Omar Bell announced $2 million more would go to the harbour fund.", quote: "$2 million more would go", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "an appositive's comma inside a short title's closing mark closes it", body: "Omar Bell, host of \"Harbour Hour,\" said the levy could sink the port.", quote: "the levy could sink the port", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "an appositive between ASCII dashes before the cue", body: "The harbour master -- who has been in a dispute with the board for weeks -- said she regretted her remarks.", quote: "she regretted her remarks", speaker: "The harbour master", rule: .subjectCueContent),
    Case(name: "a role, then its name between ASCII dashes, before the cue", body: "A former harbour master -- Ana Lima, who lost the 2020 vote -- said the levy was unfair.", quote: "the levy was unfair", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an appositive between spaced hyphens before the cue", body: "The harbour master - who has been in a dispute with the board for weeks - said she regretted her remarks.", quote: "she regretted her remarks", speaker: "The harbour master", rule: .subjectCueContent),
    Case(name: "same after its article opens the subject's phrase", body: "The same report found that the port had lost money.", quote: "the port had lost money",
         speaker: "The same report", rule: .subjectCueContent),
    Case(name: "other before a parenthetical cue's subject is in its phrase", body: "The mayor and her aides, other experts say, were not careless.", quote: "The mayor and her aides, other experts say", speaker: "other experts", rule: .parentheticalCue),
    Case(name: "an inverted cue set off inside its clause makes the whole sentence the content",
         body: "The goal, said Okafor, is to reopen the bridge by May.", quote: "The goal, said Okafor, is to reopen", speaker: "Okafor", rule: .parentheticalCue),
    Case(name: "a name before an inverted cue set off is no subject of the cue",
         body: "And Omar Bell, said Okafor, who knows him well, does not forgive.", quote: "And Omar Bell, said Okafor", speaker: "Okafor", rule: .parentheticalCue),
    Case(name: "a parenthetical cue's clause goes on past the document it was said in",
         body: "If anything, Lima argued in her email, the incident shows why the port should stay open.",
         quote: "If anything, Lima argued in her email, the incident shows", speaker: "Lima", rule: .parentheticalCue),
    Case(name: "a short lead before a parenthetical cue", body: "The goal, Okafor said, is to reopen the bridge by May.", quote: "The goal, Okafor said, is to reopen", speaker: "Okafor", rule: .parentheticalCue),
    Case(name: "a name stops at its verb", body: "Judge Ana Lima imposed a long sentence, saying the penalty would deter others.", quote: "the penalty would deter", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a subject past an age and a home town", body: "Ana Lima, 29, of Lagos, Nigeria, says her biggest worry is the levy.", quote: "her biggest worry", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a subject past a relative clause", body: "A harbour official, who requested anonymity to discuss a private talk, said the mayor has spoken with the board.", quote: "the mayor has spoken", speaker: "A harbour official", rule: .subjectCueContent),
    Case(name: "a time after a cue that takes an infinitive leaves the infinitive what was said, in a short sentence too", body: "Ana Lima pledged on Monday to scrap the ferry levy.",
         quote: "to scrap the ferry levy", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "so does a preposition's phrase after such a cue", body: "Ana Lima vowed in a speech to scrap the ferry levy.",
         quote: "to scrap the ferry levy", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "which after a comma stands for the body named before it as a cue's subject", body: "Okafor was arrested at the request of the United States, which alleges she misled the harbour board.",
         quote: "she misled the harbour board", speaker: "United States", rule: .subjectCueContent),
    Case(name: "which stands for a body's noun too", body: "The levy was opposed by the harbour council, which said it was unfair to fishers.",
         quote: "it was unfair to fishers", speaker: "the harbour council", rule: .subjectCueContent),
    Case(name: "a share of those a relative clause describes is the subject, and ends the fronted clause's claim before it",
         body: "While only 7 percent said they are undecided, 27 percent of those who named a candidate said they could change their minds.",
         quote: "they could change their minds", speaker: "27 percent of those", rule: .subjectCueContent),
    Case(name: "a role with its object past a long relative clause that holds a clause of its own",
         body: "One of the deckhands, who asked not to be named because she feared for her job, said she had worked through Christmas.",
         quote: "she had worked through Christmas", speaker: "One of the deckhands", rule: .subjectCueContent),
    Case(name: "a plural noun's spelling right after he or she is a verb, so a relative clause with no commas ends in a clause of its own",
         body: "A deckhand who asked not to be named because she fears for her job said she had worked through Christmas.",
         quote: "she had worked through Christmas", speaker: "A deckhand", rule: .subjectCueContent),
    Case(name: "a relative clause set off by commas after a restrictive one stands for the first's antecedent",
         body: "A deckhand who lives nearby, who asked not to be named, said she had seen trucks on the pier at night.",
         quote: "she had seen trucks", speaker: "A deckhand", rule: .subjectCueContent),
    Case(name: "a relative clause joined to an earlier one by a coordinator stands for the first's antecedent",
         body: "One engineer who raised concerns, and who spoke on condition of anonymity, said he had been warned.", quote: "he had been warned",
         speaker: "One engineer", rule: .subjectCueContent),
    Case(name: "a role with its object past a relative clause", body: "A spokeswoman for the port, who asked not to be named, said the levy would rise by four per cent.", quote: "the levy would rise", speaker: "A spokeswoman for the port", rule: .subjectCueContent),
    Case(name: "a role at a place past a relative clause", body: "An economist at the bank, who follows shipping closely, said the rise was expected.", quote: "the rise was expected", speaker: "An economist at the bank", rule: .subjectCueContent),
    Case(name: "a poll's respondents more likely to say", body: "Younger voters were slightly more likely to say the council had ignored them.", quote: "the council had ignored them", speaker: "Younger voters", rule: .subjectCueContent),
    Case(name: "another standing for its noun", body: "One survey counts 400 ships in the harbour, while another says there are about 1,800.", quote: "there are about 1,800", speaker: "another", rule: .subjectCueContent),
    Case(name: "a pronoun contracted with its auxiliary before a progressive cue", body: "Maria Okafor is burrowing in for a long fight. She’s suggesting that delegates from the northern wards should switch sides.", quote: "delegates from the northern wards", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a name between commas after a role", body: "Another pollster, Dana Ruiz of Coastal University, said her survey showed support holding steady.", quote: "her survey showed", speaker: "Dana Ruiz", rule: .subjectCueContent),
    Case(name: "a subject past a bracket and a long appositive", body: "Rep. Ana Lima (D-Va.), ranking member of the transport committee and one of the chief negotiators, said she fully supports the compromise.", quote: "she fully supports", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an infinitive cue speaks for the subject of its verb", body: "Okafor declined to say whether the bridge would reopen.", quote: "whether the bridge would reopen", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an infinitive cue's verb may have a preposition and its object between", body: "Her critics went to the studio to say he did not speak for the party.", quote: "he did not speak for the party", speaker: "Her critics", rule: .subjectCueContent),
    Case(name: "an infinitive cue's verb may have a preposition and a name between", body: "Ana Lima took to Twitter to say she would run again.", quote: "she would run again", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a proportion of those polled speaks", body: "About six in 10 said the bridge should reopen.", quote: "the bridge should reopen", speaker: "six in 10", rule: .subjectCueContent),
    Case(name: "a participle after a coordinated clause speaks for that clause's subject",
         body: "Mayor Omar Bell backed the levy, but a group of councillors led by Ana Lima opposed it, arguing it did nothing to curb spending.",
         quote: "it did nothing to curb", speaker: "a group of councillors", rule: .participleContinuation),
    Case(name: "a gerund after by speaks for the sentence's subject", body: "Okafor surprised the board by declaring she would not run again.", quote: "she would not run", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "a quote set off by a dash before an inverted cue is what was asked", body: "The port denies it — “why would we raise fares?” asked Ana Lima, a councillor.",
         quote: "why would we raise fares", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a verb no list names before a colon", body: "And Okafor gloated: “I told you he would not be ready.”", quote: "I told you", speaker: "Okafor", rule: .subjectCueQuote),
    Case(name: "a name before a colon introduces a quote", body: "The result did not surprise pollster Dana Ruiz: “Lesser-known candidates often surge late.”", quote: "Lesser-known candidates", speaker: "Dana Ruiz", rule: .nameColonQuote),
    Case(name: "the name after a role after an inverted cue", body: "“The odds favour a delay,” said another leading court advocate, Ana Lima of Mayer Brown.", quote: "The odds favour", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a stance verb reports its object", body: "Okafor rejected the council's plan to close the bridge.", quote: "the council's plan", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a stance verb reports a bare plural object", body: "The mayor has denounced volunteers who spread cruel rumours.", quote: "volunteers who spread", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "a stance verb reports a name and the reason it is judged for", body: "Okafor praised Ana Lima for translating the grief into action.", quote: "Ana Lima for translating", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a stance verb reports a name with initials and particles and the reason", body: "Okafor praised Ana M. de la Cruz for translating the grief into action.", quote: "Ana M. de la Cruz for translating", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a stance verb reports an adjective and its noun", body: "Okafor touted steady progress on the bridge.", quote: "steady progress on the bridge", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an adverb after a postposed cue", body: "“I will work every day,” Okafor said here.", quote: "I will work every day", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "and with an adverb before the cue", body: "Okafor toured the harbour and later said, “It is not just the bridge.”", quote: "It is not just the bridge", speaker: "Okafor", rule: .subjectCueThenQuote),
    Case(name: "a verb no list names with a particle and a phrase", body: "“They are all here for the show,” Lima fired back with a laugh.", quote: "They are all here", speaker: "Lima", rule: .quoteThenSubjectCue),
    Case(name: "a statement announced by a colon opens the next paragraph", body: "Okafor issued the following statement:\n\n“Our thoughts are with the families of the crew.”", quote: "Our thoughts are with", speaker: "Okafor", rule: .introducedByColon),
    Case(name: "a listener without that ends before the clause", body: "Okafor told the harbour council the bridge would close.", quote: "the bridge would close", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a listener's name is not the clause's subject", body: "Okafor told Harbour Radio the bridge would close.", quote: "the bridge would close", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a surname that is also a modal is the subject", body: "Ruth May said the bridge would close.", quote: "the bridge would close", speaker: "Ruth May", rule: .subjectCueContent),
    Case(name: "a four-letter present tense is a cue", body: "Okafor adds that the bridge would close.", quote: "the bridge would close", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an adverb the tagger reads between subject and cue", body: "Engineers soon noted that the bridge would close.", quote: "the bridge would close", speaker: "Engineers", rule: .subjectCueContent),
    Case(name: "an elided year before that", body: "Okafor said in ’08 that the bridge would close.", quote: "the bridge would close", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a delegate's abbreviated title ends no sentence and is no name", body: "“The levy is fair,” said Del. Ana Lima of Lagos.", quote: "The levy is fair", speaker: "Ana Lima", rule: .quoteThenCueSubject),
    Case(name: "a time adjunct between subject and cue", body: "Harbour board chair Ana Lima on Wednesday announced that the bridge would close.", quote: "the bridge would close", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a medium between subject and cue", body: "The harbour board in a statement said the bridge would close.", quote: "the bridge would close", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "a percentage of those polled speaks", body: "On the levy, 47% say the bridge should close.", quote: "the bridge should close", speaker: "47%", rule: .subjectCueContent),
    Case(name: "a quantifier stands for its speakers", body: "Some say the bridge should close.", quote: "the bridge should close", speaker: "Some", rule: .subjectCueContent),
    Case(name: "a participle speaks for a subject behind an opener", body: "In May, a federal appeals court judge sided with the board, saying the levy was lawful.", quote: "the levy was lawful", speaker: "a federal appeals court judge", rule: .participleContinuation),
    Case(name: "a place and time after a postposed cue", body: "“We will rebuild,” Okafor said to a crowd in Lagos on Friday.", quote: "We will rebuild", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a listener and a time after a postposed cue", body: "“We will rebuild,” Okafor told Radio Meridian in late May.", quote: "We will rebuild", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a clause after a prepositional phrase is the content", body: "Okafor said in 2010 the bridge would need new cables.", quote: "the bridge would need", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a first word the article writes in lower case opens its subject before a comma further on", body: "Democratic lawmakers, meeting in Leeds, vowed to block the levy.\n\nThe democratic process was slow.", quote: "to block the levy", speaker: "Democratic lawmakers", rule: .subjectCueContent),
    Case(name: "a preposition's phrase before the first comma is no subject", body: "Over the past two weeks, prosecutors have met the families, acknowledging that the city has lost trust in the force.", quote: "the city has lost trust", speaker: "prosecutors", rule: .participleContinuation),
    Case(name: "a circumstance clause after a postposed cue says when, not what", body: "“He is taller than me,” Okafor said Sunday in Leeds as the crowd roared.", quote: "He is taller than me", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a demonstrative's that in a circumstance clause opens nothing said", body: "“We were not ready,” the director, Dr. Ana Lima, told me when I asked her about that week.",
         quote: "We were not ready", speaker: "Ana Lima", rule: .quoteThenSubjectCue),
    Case(name: "a participle after when says when, not what", body: "“We will rebuild,” Okafor said Sunday when asked about the levy.", quote: "We will rebuild", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a that clause after a circumstance clause is the content", body: "Okafor told the Post before she spoke to the committee that the levy had failed.", quote: "the levy had failed", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a long listener with no verb of its own after a postposed tell", body: "“Let us put this thing away,” Okafor tells hundreds of screaming supporters at a victory party in Leeds.", quote: "Let us put this thing away", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a listener verb's long object is what was said", body: "Okafor warned the council against provocative behaviour in the harbour during the long summer season.", quote: "the council against provocative", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a bare be after its subject is a mandative clause's verb", body: "Okafor suggested the harbour master be fired.", quote: "the harbour master be fired", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a floating both after a relative aside between dashes stands for the phrase the aside describes",
         body: "Party elders — who met on Monday — both said the speechwriter had to go.", quote: "the speechwriter had to go", speaker: "Party elders", rule: .subjectCueContent),
    Case(name: "a floating both after a whose aside between commas stands for its owner", body: "The two leaders, whose parties were once rivals, both said the deal was done.",
         quote: "the deal was done", speaker: "The two leaders", rule: .subjectCueContent),
    Case(name: "an auxiliary of emphasis before a coordinated cue is passed over to the sentence's subject",
         body: "Okafor did not mention her rivals by name but did note that she had won the most wards.", quote: "she had won the most wards", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "admitting to a gerund reports what was admitted", body: "Lima admitted to taking bribes from the contractor.", quote: "taking bribes from the contractor", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a phrasal verb of speech in the infinitive is its governing verb's subject's", body: "Editor Ana Lima came on the program to talk about the harbour levy.",
         quote: "the harbour levy", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a phrasal verb of speech as a gerund after a preposition goes on with the subject", body: "Instead, Lima opened by talking about her work overseas.",
         quote: "her work overseas", speaker: "Lima", rule: .participleContinuation),
    Case(name: "admitting to a gerund past a time reports it too", body: "Lima admitted in 2013 to taking bribes from the contractor.", quote: "taking bribes from the contractor", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "admitting to a listener reports the clause after it", body: "Lima admitted to the newspaper that she had lied about the contract.", quote: "she had lied about the contract", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "the object a causative verb makes speak is the speaker", body: "The ruling led Okafor to say that the levy was dead.", quote: "the levy was dead", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an object pronoun a causative verb makes speak stands for its referent",
         body: "Okafor won the ward by a wide margin. The result prompted her to declare that the levy was dead.", quote: "the levy was dead", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a stance carrier's participle after a comma goes on with the subject, its claim after the noun",
         body: "Okafor spoke on Monday, repeating the false claim that she had opposed the levy.", quote: "she had opposed the levy", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "citing a concern states it", body: "Harbour pilots cite concerns that the channel is too shallow.", quote: "the channel is too shallow", speaker: "Harbour pilots", rule: .subjectCueContent),
    Case(name: "a place in the verb's words after a people's of is no subject, the people are",
         body: "Critics of the plan to let cruise ships into Leeds say that the harbour is too small.", quote: "the harbour is too small",
         speaker: "Critics of the plan to let cruise ships into Leeds", rule: .subjectCueContent),
    Case(name: "a phrase of when set off by its comma after the cue is passed over to the clause", body: "Okafor said after the vote, she would resign.",
         quote: "she would resign", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a phrase of when set off by its comma before a participle leaves the later that clause the content",
         body: "The port contended in its letter, written by its chief counsel, that the levy was unlawful.",
         quote: "the levy was unlawful", speaker: "The port", rule: .subjectCueContent),
    Case(name: "a possessed speech noun and a colon set out the owner's claim",
         body: "The dock workers are shifting to campaign mode. Their argument: only a new council can fix the port.",
         quote: "only a new council can fix the port", speaker: "The dock workers", rule: .possessiveClaim),
    Case(name: "a document one received says what follows it, not the one who received it",
         body: "The harbour police received a report saying shots had been fired near the ferry.", quote: "shots had been fired", speaker: "a report", rule: .subjectCueContent),
    Case(name: "a name's phrase stops at a past with no verb's ending, so a coordinated cue finds its subject",
         body: "Lima put off the vote but said the union could come back later.", quote: "the union could come back later", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a subject pronoun's aside between commas stays in the clause the cue reports", body: "Okafor said Wednesday she, too, wants an inquiry into the port.",
         quote: "she, too, wants an inquiry", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a subordinator's gerund phrase set off after the cue says when, the clause after it what",
         body: "Okafor explained after winning her home ward on Monday, she would need two more seats.", quote: "she would need two more seats", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "what a naming verb calls its object ends its article's phrase, a noun however the tagger reads it",
         body: "The union called the plan a betrayal.", quote: "the plan a betrayal", speaker: "The union", rule: .subjectCueContent),
    Case(name: "a named listener's infinitive after a verb of urging is what was urged, the cue does not close its clause",
         body: "Okafor urged Lima to resign.", quote: "Lima to resign", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an auxiliary of emphasis before the cue is passed over", body: "Okafor did suggest that the levy had failed.", quote: "the levy had failed", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a relative clause's object is not the subject, its antecedent is", body: "Voters who watched the Saturday debate said they were unfazed by the flap.", quote: "they were unfazed", speaker: "Voters", rule: .subjectCueContent),
    Case(name: "a place after the antecedent stays with it", body: "Democrats in Leeds who watched the debate said they were unfazed by the flap.", quote: "they were unfazed", speaker: "Democrats", rule: .subjectCueContent),
    Case(name: "that before a clause's subject is no article of a relative clause's object", body: "Experts in harbour law, who were not surprised that the board is recommending a new levy, stayed calm.", quote: "a new levy", speaker: "the board", rule: .subjectCueContent),
    Case(name: "a role's object is not the subject, the role is", body: "Critics of the plan said it would cost too much.", quote: "it would cost too much", speaker: "Critics of the plan", rule: .subjectCueContent),
    Case(name: "an adjective listed as following its noun keeps its object in the role, whatever the tagger reads",
         body: "People familiar with the matter said the ferry would be sold.", quote: "the ferry would be sold", speaker: "People familiar with the matter", rule: .subjectCueContent),
    Case(name: "a relative clause with no pronoun after a noun for people stands for the noun's phrase",
         body: "A harbour official she spoke to on camera said that the ferry had been sold.", quote: "the ferry had been sold", speaker: "A harbour official", rule: .subjectCueContent),
    Case(name: "so does one after a plural", body: "The experts she consulted said the levy was unfair.", quote: "the levy was unfair", speaker: "The experts", rule: .subjectCueContent),
    Case(name: "nor is a role's object that a relative clause describes", body: "The family of a man who died in police custody last month said the officers had lied.",
         quote: "the officers had lied", speaker: "The family of a man", rule: .subjectCueContent),
    Case(name: "a role tied by for to whom it serves speaks", body: "A lawyer for the family said the two cases were quite different.", quote: "the two cases were", speaker: "A lawyer for the family", rule: .subjectCueContent),
    Case(name: "a name coordinated with a role and its object leads", body: "Okafor and her rivals for the seat have said they will cut the levy.", quote: "they will cut the levy", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "the sentence's cue after a relative clause's stance verb reports its own clause", body: "Okafor, who has praised the plan, said the levy was too high.", quote: "the levy was too high", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a day's name right after the cue is when, the clause after it what", body: "Harbour chair Ana Lima announced Sunday she will resign after the vote.", quote: "she will resign", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a time of two words after the cue ends at its noun", body: "The mayor said this week the council would vote on the levy.", quote: "the council would vote", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "a time word that is the clause's subject stays in it", body: "The mayor said the week had been hard on the crews.", quote: "the week had been hard", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "cannot is a modal, so its negated cue reports no one", body: "Harlow cannot say that the budget is balanced, Mendez added.", quote: "Harlow cannot say that the budget is balanced", speaker: "Mendez", rule: .contentThenSubjectCue),
    Case(name: "a possessive subject after the content", body: "The bridge will reopen in May, her office announced Saturday.", quote: "The bridge will reopen", speaker: "her office", rule: .contentThenSubjectCue),
    Case(name: "a name in the paragraph speaks when no rule reads its cue",
         body: "“The bridge is safe,” said the mayor.\n\nCoastal University's Dana Ruiz agreed. “The cables will hold for decades.”",
         quote: "The cables will hold", speaker: "Dana Ruiz", rule: .nameInParagraph),
    Case(name: "a plural owner's apostrophe parts the outlet from the name", body: "Harbour News' Dana Ruiz said the cables would hold for decades.",
         quote: "the cables would hold", speaker: "Dana Ruiz", rule: .subjectCueContent),
    Case(name: "a dash line under the quote signs it",
         body: "Okafor spoke about the bridge on Monday.\n\n“We will reopen the bridge before winter.”\n\n- Ana Lima.\n\nThe claim is mostly true.",
         quote: "We will reopen the bridge", speaker: "Ana Lima", rule: .signatureLine),
    Case(name: "a newsletter's source in brackets after the quote signs it",
         body: "Many are calling the game a classic.\n\nHOW THE PORT WILL CHANGE THE REST OF THE CITY “The harbour's slowdown is fostering a cycle of decline.” [Harbour Ledger.]",
         quote: "The harbour's slowdown", speaker: "Harbour Ledger", rule: .bracketedSource),
    Case(name: "the sentence's first name, not its object", body: "“The bridge is safe,” said the mayor.\n\nCouncillor Ana Lima had a blunt message for Okafor: “Open the bridge now.”",
         quote: "Open the bridge", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "an infinitive is what was pledged", body: "Okafor has pledged to rebuild the bridge by May.", quote: "to rebuild the bridge", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "citing data is evidence, the citer speaks", body: "Okafor, citing data from the harbour board, said that the bridge carries 40,000 cars a day.",
         quote: "the bridge carries", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "citing a reason names no source", body: "Citing security concerns, the ministry said the border would stay closed.",
         quote: "the border would stay closed", speaker: "the ministry", rule: .subjectCueContent),
    Case(name: "defending by citing a poll is the defender's claim", body: "Okafor defended the toll by citing a poll by the Harbour Institute.",
         quote: "the toll", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a trailing citing gives the speaker's grounds", body: "The bridge is unsafe, Okafor said, citing a survey of the cables.", quote: "a survey of the cables", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "claims after a role is a verb by the tagger", body: "The engineer claims the cables are sound.", quote: "the cables are sound", speaker: "The engineer", rule: .subjectCueContent),
    Case(name: "a listener and what they were urged to do", body: "Okafor urged the council to reopen the bridge.", quote: "the council to reopen", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a gerund after a weak cue", body: "The harbour board reported spending $2 million on repairs.", quote: "spending $2 million", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "a contracted subject starts the clause after a weak cue", body: "Okafor suggested she'll seek a second term.", quote: "she'll seek a second term", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a coordinated subject starts the clause after a weak cue", body: "Ana Lima announced she and Marc Okafor are expecting a second child.", quote: "she and Marc Okafor are expecting", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a share of those polled saying", body: "The survey found wide support, with 62 percent of residents saying the bridge should reopen.", quote: "the bridge should reopen", speaker: "62 percent of residents", rule: .subjectCueContent),
    Case(name: "a count of people saying is people", body: "The council postponed the vote, with dozens of residents urging members to save the ferry.", quote: "members to save the ferry", speaker: "dozens of residents", rule: .subjectCueContent),
    Case(name: "a handful of people saying is people", body: "The council met for hours, with a handful of sailors saying the ferry should stay.", quote: "the ferry should stay", speaker: "a handful of sailors", rule: .subjectCueContent),
    Case(name: "a statement saying speaks for its author", body: "The harbour board released a statement saying the bridge would reopen.", quote: "the bridge would reopen", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "a pitch saying speaks for whoever made it", body: "Okafor is making a pitch to commuters saying the levy will pay for the bridge.",
         quote: "the levy will pay for the bridge", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an ad saying speaks for whoever placed it", body: "The harbour board placed a radio ad saying the bridge is a death trap.", quote: "the bridge is a death trap", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "people saying speak for themselves", body: "The mayor heard from angry fans saying the stadium must stay open.", quote: "the stadium must stay open", speaker: "angry fans", rule: .subjectCueContent),
    Case(name: "a share of people saying is people", body: "Support has grown, with the share of residents saying the bridge should reopen up by 28 points.",
         quote: "the bridge should reopen", speaker: "the share of residents", rule: .subjectCueContent),
    Case(name: "a man compound saying speaks for himself", body: "Officers spoke to a gunman claiming that he had a bomb.", quote: "he had a bomb", speaker: "a gunman", rule: .subjectCueContent),
    Case(name: "an irregular past tense makes the clause a weak cue takes", body: "Okafor suggested the mayor went too far.", quote: "the mayor went too far", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a subject the tagger reads as opening a noun phrase starts the clause after a weak cue", body: "Harbour lawyers suggest such a levy could violate the charter.", quote: "such a levy could violate", speaker: "Harbour lawyers", rule: .subjectCueContent),
    Case(name: "a place before a plural-looking speech verb is its subject", body: "Germany pledges to expand its navy.", quote: "to expand its navy", speaker: "Germany", rule: .subjectCueContent),
    Case(name: "a plural subject and a bare present tense start the clause after a weak cue", body: "A harbour survey suggested voters wait longer for ferries than for buses.",
         quote: "voters wait longer", speaker: "A harbour survey", rule: .subjectCueContent),
    Case(name: "a bare verb after a causative's plural object stays in the listener's content", body: "The board urged schools to let students use the harbour gym.",
         quote: "schools to let students use", speaker: "The board", rule: .subjectCueContent),
    Case(name: "a bare plural subject with a negated auxiliary starts the clause after a weak cue", body: "Okafor also suggested politicians don't fully understand the port.", quote: "politicians don't fully understand", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a phrasal cue past a day", body: "Okafor called Wednesday for the mayor to resign.", quote: "the mayor to resign", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a phrasal cue past a phrase of manner", body: "Lima has spoken at length about her feud with the harbour board.", quote: "her feud with the harbour board", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a phrasal cue past adverbs", body: "Okafor talked more openly about leaving the party.", quote: "leaving the party", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a phrasal cue past its particle", body: "The sailors were speaking out about the ferry cuts.", quote: "the ferry cuts", speaker: "The sailors", rule: .subjectCueContent),
    Case(name: "a plural after a noun that a introduces is the subject of a clause without that", body: "The board is scrapping the ferry, a move harbour groups called “a slap in the face.”",
         quote: "a slap in the face", speaker: "harbour groups", rule: .subjectCueQuote),
    Case(name: "a word quoted inside the clause before a verb and its object is no inverted cue's claim", body: "In a statement, Bell said he \"categorically\" denied the accusation.",
         quote: "he \"categorically\" denied the accusation", speaker: "Bell", rule: .subjectCueContent),
    Case(name: "a capitalised speech word before a title is the title's", body: "HARBOURTON, Maine — State Rep. Omar Bell told supporters that the levy was dead.",
         quote: "the levy was dead", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a subject past a relative clause is not looked for in the dateline", body: "HARBOURTON, Maine — Sen. Ana Lima, who is seeking a third term, told supporters that she would not back the deal.",
         quote: "she would not back the deal", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "but before a second cue", body: "Okafor called the survey careless but said the bridge was safe.", quote: "the bridge was safe", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an as clause introduces the claim after it", body: "As harbour master Ana Lima has pointed out, the cables were never inspected.", quote: "the cables were never inspected", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an as clause after a coordinator introduces the claim after it", body: "But as Okafor noted, those voters will give the levy a second look.", quote: "those voters will give the levy", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "one who rules finds as a record does, a clause after the verb", body: "The judge found that the captain had lied to the inquiry.",
         quote: "the captain had lied", speaker: "The judge", rule: .subjectCueContent),
    Case(name: "a court's finding holds what another person said in it", body: "In a 5-2 decision, the court found that the trial judge had not erred when she rejected the claim of self-defence.",
         quote: "the trial judge had not erred when she rejected", speaker: "the court", rule: .subjectCueContent),
    Case(name: "a court's finding without that is still its clause", body: "Justice Ana Lima found the harbour board was negligent.",
         quote: "the harbour board was negligent", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a clause of two words before a postposed cue that closes the sentence is what was said", body: "Fares rose, the harbour report said.",
         quote: "Fares rose", speaker: "the harbour report", rule: .contentThenSubjectCue),
    Case(name: "a clause of two words before according to is what the source says", body: "Fares doubled, according to the harbour report.",
         quote: "Fares doubled", speaker: "the harbour report", rule: .accordingTo),
    Case(name: "put it in an as clause is a cue", body: "As the harbour master put it, the port is broke.", quote: "the port is broke", speaker: "the harbour master", rule: .asClauseCue),
    Case(name: "put it after an as clause's subject set off by commas, before a colon and a quote", body: "As Ana Lima, the harbour master, put it: “The port is dying.”",
         quote: "The port is dying.", speaker: "Ana Lima", rule: .subjectCueQuote),
    Case(name: "an as clause inside a sentence reports the quote after it, not the words before", body: "Nothing has stopped critics seeing him, as the Coastal Times put it in a long profile, “the operator.”",
         quote: "the operator.", speaker: "Coastal Times", rule: .subjectCueThenQuote),
    Case(name: "an as clause introduces the claim after it past when its cue was said", body: "As Okafor said last week, the levy is a tax on hope.", quote: "the levy is a tax on hope", speaker: "Okafor", rule: .asClauseCue),
    Case(name: "a temporal as clause before a cue is not the cue's clause", body: "As the port faces pressure, the council has pledged to bolster its budget, reversing years of cuts.", quote: "to bolster its budget", speaker: "the council", rule: .subjectCueContent),
    Case(name: "according to after a comma inside the closing quote", body: "She likened the vote to a “root canal,” according to Okafor’s memoir.", quote: "She likened the vote", speaker: "Okafor’s memoir", rule: .accordingTo),
    Case(name: "a participle continues past an adverb", body: "Okafor turned against the levy, eventually saying it would ruin the port.", quote: "it would ruin the port", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "implying continues", body: "Okafor questioned why the mayor skipped the vote, implying that she feared the result.", quote: "she feared the result", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "adding continues", body: "Okafor said the bridge was safe, adding that repairs would start soon.", quote: "repairs would start soon", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "split quote", body: "“The bridge is safe,” Okafor said, “and it will stay open.”", quote: "and it will stay open", speaker: "Okafor", rule: .subjectCueThenQuote),
    Case(name: "a name coordinated with a phrase leads", body: "Okafor and her deputies said the bridge was safe.", quote: "the bridge was safe", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a degree adverb before a finite stance verb leaves it a cue", body: "Okafor frequently mocked Lima for not releasing her tax returns.",
         quote: "Lima for not releasing", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a relative clause with no commas that ends right before the cue leaves its antecedent the subject", body: "A lawyer for the council who asked not to be named said the levy was unfair.",
         quote: "the levy was unfair", speaker: "A lawyer for the council", rule: .subjectCueContent),
    Case(name: "a name coordinated with a bare plural of people leads", body: "Okafor and colleagues describe ants that seem to treat themselves.", quote: "ants that seem to treat themselves", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a quantifier after with speaks through its participle", body: "Economists are divided, with some arguing that the port is strong enough and others warning that tariffs make a levy risky.",
         quote: "the port is strong enough", speaker: "some", rule: .subjectCueContent),
    Case(name: "a bare plural of people after an article's name speaks for itself", body: "The levy split the town, with critics warning it would hurt the Harbour Market and traders saying it would bring buyers.",
         quote: "it would bring buyers", speaker: "traders", rule: .subjectCueContent),
    Case(name: "of two coordinated names the first leads", body: "Ana Lima and Maria Okafor both said the bridge was safe.", quote: "the bridge was safe", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a floating both past an auxiliary stands for the subject", body: "Ana Lima and Maria Okafor have both argued that the bridge was safe.", quote: "the bridge was safe", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a floating both past a parenthesis stands for the subject", body: "He and harbour board chair Maria Okafor (Lab.) both argued that the bridge was safe.", quote: "the bridge was safe", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "and inside an organisation's name", body: "The Department of Parks and Recreation said the bridge was safe.", quote: "the bridge was safe", speaker: "Department of Parks and Recreation", rule: .subjectCueContent),
    Case(name: "a demonstrative before a verb opens the claim, no time adjunct", body: "Others say this is just a rough patch for the port.", quote: "this is just a rough patch for the port", speaker: "Others", rule: .subjectCueContent),
    Case(name: "a base form the tagger reads as a verb after a name is a cue", body: "Aides to Clinton say she’s shifting her stance on the levy.", quote: "she’s shifting her stance on the levy", speaker: "Aides to Clinton", rule: .subjectCueContent),
    Case(name: "on inside an organisation's name", body: "Staff for the Harbour Select Committee on Lagos said the bridge was safe.", quote: "the bridge was safe", speaker: "Harbour Select Committee on Lagos", rule: .subjectCueContent),
    Case(name: "two coordinated people share an affiliation", body: "Ana Lima and Maria Okafor of the Institute for Bridges and Tunnels wrote that the bridge was safe.", quote: "the bridge was safe", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a party and state after the name are no name", body: "Committee Chairman Rep. Ana Lima, R-Utah, said the bridge was safe.", quote: "the bridge was safe", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a parenthesis and a stray comma before the cue", body: "Tuesday at Coastal University in Lagos, after winning the vote, Gov. Ana Lima (R-OH), said, “We will rebuild.”", quote: "We will rebuild", speaker: "Ana Lima", rule: .subjectCueThenQuote),
    Case(name: "a surname that is otherwise a function word", body: "“The talks go on,” said British Prime Minister Theresa May on Monday.", quote: "The talks go on", speaker: "Theresa May", rule: .quoteThenCueSubject),
    Case(name: "possessive claim", body: "Critics rejected Okafor's claims that the bridge was safe.", quote: "the bridge was safe", speaker: "Okafor", rule: .possessiveClaim),
    Case(name: "possessive claim past modifiers", body: "Critics rejected Okafor's recent evidence-free assertion that the bridge was safe.", quote: "the bridge was safe", speaker: "Okafor", rule: .possessiveClaim),
    Case(name: "possessive pronoun owns the claim", body: "Maria Okafor spoke on Monday. Her warning that the bridge would fail went unheeded.", quote: "the bridge would fail", speaker: "Maria Okafor", rule: .possessiveClaim),
    Case(name: "a claim that is stated after is", body: "Okafor's main argument is that the tolls are too high.", quote: "the tolls are too high", speaker: "Okafor", rule: .possessiveClaim),
    Case(name: "a speech verb's participle right after a possessive qualifies the claim, which ends before the sentence's verb",
         body: "Maria Okafor spoke on Monday. Her repeated claims that the bridge was safe were false.", quote: "the bridge was safe", speaker: "Maria Okafor",
         rule: .possessiveClaim),
    Case(name: "a stance voiced through its noun", body: "Maria Okafor voiced concern that the bridge was unsafe.", quote: "the bridge was unsafe", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a stance noun past modifiers", body: "The harbour board expressed cautious optimism that the ferry would run by May.", quote: "the ferry would run", speaker: "The harbour board", rule: .subjectCueContent),
    Case(name: "a stance noun before a question's clause after about", body: "Maria Okafor raised concerns about how the bridge was run.", quote: "how the bridge was run", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a stance noun before a pronoun's clause", body: "Ana Lima expressed confidence she would win the vote.", quote: "she would win the vote", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a claim made is the maker's", body: "Okafor made the claim that the tolls were too high.", quote: "the tolls were too high", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a possessive claim repeated is the subject's", body: "Maria Okafor repeated her claim that the bridge was safe.", quote: "the bridge was safe", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "an adverb inside the infinitive that was promised", body: "Maria Okafor promised to immediately cut the fares for students.", quote: "to immediately cut", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a listener's place between commas before that", body: "Maria Okafor told supporters in Lagos, Nigeria, that the bridge would reopen.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a listener's role, then the name between commas, before that", body: "A port engineer told the mayor's chief of staff, Omar Bell, that the dock had failed its inspection.",
         quote: "the dock had failed", speaker: "A port engineer", rule: .subjectCueContent),
    Case(name: "a role's of-noun before the appositive name", body: "“It was a fair process,” said the mayor's chief of staff, Omar Bell.", quote: "It was a fair process", speaker: "Omar Bell", rule: .quoteThenCueSubject),
    Case(name: "a role's of-phrase with a name inside stays the role", body: "The attorney general of the state of Oregon is suing the port, claiming the deal is a fraud.", quote: "the deal is a fraud", speaker: "The attorney general", rule: .participleContinuation),
    Case(name: "a time after a speech verb is no content", body: "The province will respond next week, an official said on condition of anonymity.", quote: "The province will respond next week", speaker: "an official", rule: .contentThenSubjectCue),
    Case(name: "a reason clause after a postposed cue is no content", body: "The port will reopen in May, an official told the Coastal Times on condition of anonymity because he was not authorized to speak.", quote: "The port will reopen in May", speaker: "an official", rule: .contentThenSubjectCue),
    Case(name: "a clause found past a listener's infinitive starts after its that", body: "Okafor told reporters to expect that the port would close in May.",
         quote: "the port would close", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a reason clause inside what was said stays in it", body: "Okafor told reporters the port closed because the storm hit.", quote: "the port closed because the storm hit", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a role between commas before the name after a quote is the subject's", body: "“It was a fair process,” the mayor's chief of staff, Omar Bell, said.", quote: "It was a fair process", speaker: "Omar Bell", rule: .quoteThenSubjectCue),
    Case(name: "people's full names set off after a plural role: the first of them", body: "Two residents, Ana Lima and Tom Reyes, said the road was unsafe.",
         quote: "the road was unsafe", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "so for a participle that goes on with the sentence's subject", body: "Two objectors, Lawrence Joyce and William Graham, challenged the bid, contending that his name should not appear.",
         quote: "his name should not appear", speaker: "Lawrence Joyce", rule: .participleContinuation),
    Case(name: "a participle after its preposition in a relative clause goes on with the antecedent", body: "The mayor met Tom Reyes, who surprised the council by declaring he would not run again.",
         quote: "he would not run again", speaker: "Tom Reyes", rule: .participleContinuation),
    Case(name: "a participle after its preposition in a clause of when goes on with that clause's subject", body: "The mayor's reply fell flat after Ana Lima followed her by declaring that the ferry would stay.",
         quote: "the ferry would stay", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a verb doubling its l in British spelling is the verb", body: "Mayor Ana Lima signalled that the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a verb of labelling names its object as calling does", body: "Okafor labelled the levy “a tax on the poor.”",
         quote: "the levy “a tax on the poor.”", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "what a verb of naming calls its object ends before the next cue's subject", body: "Okafor will brand you a liar and Lima will accuse you of “panic.”",
         quote: "you a liar", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a police rank spelt out before a name is no part of it", body: "Detective Sergeant Paul Roy said officers were called to the pier.",
         quote: "officers were called to the pier", speaker: "Paul Roy", rule: .subjectCueContent),
    Case(name: "a name and where it is from after a body's role is the person", body: "Harbour Authority spokesman Paul Roy of Leeds said the pier was closed.",
         quote: "the pier was closed", speaker: "Paul Roy", rule: .subjectCueContent),
    Case(name: "a rank that opens with a body's word before a name and its force is the person", body: "Staff Sgt. Paul Roy of the OPP said officers were called to the pier.",
         quote: "officers were called to the pier", speaker: "Paul Roy", rule: .subjectCueContent),
    Case(name: "a name stops at an irregular verb's past the tagger reads as a noun", body: "Pastor Ana Lima stood before the crowd, urging voters to reject the levy.",
         quote: "voters to reject the levy", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "aides to a person speak for themselves, not the person", body: "Aides to Ana Lima said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Aides to Ana Lima", rule: .subjectCueContent),
    Case(name: "a name after the place an envoy's to takes is the envoy, no one he is around",
         body: "Former Canadian ambassador to Peru Omar Bell said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "aides to a titled person speak for themselves, not the person", body: "Aides to Senator Ana Lima said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Aides to Senator Ana Lima", rule: .subjectCueContent),
    Case(name: "so does a source close to a person", body: "A source close to Lima said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "A source close to Lima", rule: .subjectCueContent),
    Case(name: "so do allies of a person", body: "Allies of Lima said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Allies of Lima", rule: .subjectCueContent),
    Case(name: "a spokesman for a person speaks for them", body: "A spokesman for Ana Lima said the levy would be scrapped.",
         quote: "the levy would be scrapped", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "places set off after a plural role are no speakers", body: "Insiders in two states, Nevada and South Carolina, said the race was close.",
         quote: "the race was close", speaker: "Insiders", rule: .subjectCueContent),
    Case(name: "so is a possessive's noun for a person between commas", body: "“It was a fair process,” his sister, Ana Bell, tells the Harbour Times.", quote: "It was a fair process", speaker: "Ana Bell", rule: .quoteThenSubjectCue),
    Case(name: "words after a partial quote before the name stay in the content", body: "“I admire the mechanics” of the harbour plan, Omar Bell said.", quote: "“I admire the mechanics” of the harbour plan", speaker: "Omar Bell", rule: .contentThenSubjectCue),
    Case(name: "a participle after a preposition and a cue's modifier continues", body: "Okafor wants to close the port, while also suggesting that the ferry should be scrapped.", quote: "the ferry should be scrapped", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "the people a poll asked speak", body: "By a wide margin, those surveyed say the city should build a new bridge.", quote: "the city should build", speaker: "those surveyed", rule: .subjectCueContent),
    Case(name: "a group named by the poll's participle speaks", body: "Most voters polled said the city should build a new bridge.", quote: "the city should build", speaker: "Most voters polled", rule: .subjectCueContent),
    Case(name: "dash signature", body: "“Trust is earned.” ― Pamela Padilla", quote: "Trust is earned", speaker: "Pamela Padilla", rule: .quoteDashSource),
    Case(name: "transcript label", body: "WALLACE: Will you be there tomorrow night?", quote: "Will you be there", speaker: "WALLACE", rule: .transcriptLabel),
    Case(name: "that before a finite verb is the content's subject", body: "Ana Lima said that was a mistake.", quote: "that was a mistake", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a that-subject content stays a claim inside a parenthetical's", body: "Ana Lima said that was part of the job — no different, she said, from any other.", quote: "that was part of the job", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an organisation and a role before the name after a quote are the subject's", body: "“We care about two things,” Save the Bay campaign director Kendall Fells said.", quote: "We care about two things", speaker: "Kendall Fells", rule: .quoteThenSubjectCue),
    Case(name: "a fronted time adverbial is not the subject", body: "Hours later, Maria Okafor returned to the harbour, telling reporters that the bridge would reopen.", quote: "the bridge would reopen", speaker: "Maria Okafor", rule: .participleContinuation),
    Case(name: "a fronted 'ago' adverbial is not the subject", body: "Three years ago, Maria Okafor wrote to the council, arguing that the bridge was unsafe.", quote: "the bridge was unsafe", speaker: "Maria Okafor", rule: .participleContinuation),
    Case(name: "of a sentence's names, the one its verb follows is the subject", body: "Addressing volunteers of the Harbour Rowing Club’s spring dinner Friday, Ana Lima pictured boats moored along the quay, cafes crowded with sailors and fishers, and a port of “grit and plain dealing.”", quote: "grit and plain dealing", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "a bare role noun and a name between commas are the subject, past an age and a home town", body: "Speaking to Harbour Radio, commuter Tom Reyes, 34, from Leeds, said the ferry was full.", quote: "the ferry was full", speaker: "Tom Reyes", rule: .subjectCueContent),
    Case(name: "a bare role noun and a name after an opening place are the subject", body: "In Leeds, retired teacher Ana Lima, 61, from Hull, said the ferry was late.", quote: "the ferry was late", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an appositive role ending in a name leaves the subject before it", body: "Ana Lima, a spokeswoman for Tom Reyes, said the ferry was late.", quote: "the ferry was late", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "the name after an outlet's possessive is the subject, not the outlet", body: "At the quay, the Daily Ledger’s Ana Lima pictured the harbour as a place of “grit and plain dealing.”", quote: "grit and plain dealing", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "an opening participle before a preposition names nobody", body: "Weighing in on the dispute, former Mayor Ana Lima agreed, praising the engineer as \"one of the most gifted people.\"", quote: "one of the most gifted", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "a participle's listener is not content", body: "Ana Lima returned to the harbour, telling reporters the ferry would stop.", quote: "the ferry would stop", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a day's name after the listener is not content", body: "Maria Okafor told residents on Tuesday the levy would rise.", quote: "the levy would rise", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "an adverb of when right after the cue is when, the clause after it what", body: "Okafor said afterwards he was starting to feel at home.", quote: "he was starting", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "an adverb of when the tagger reads as a preposition before that", body: "Okafor said afterwards that he was starting to feel at home.", quote: "he was starting", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a subject with an infinitive and its object before the verb opens the content",
         body: "Omar Bell suggested Ana Lima's refusal to release the report could cost her the seat.",
         quote: "Ana Lima's refusal to release the report could cost her the seat", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a possessive determiner after a day's name opens the content", body: "Harbour Foods Inc. said Wednesday its third-quarter profit rose 22 per cent.",
         quote: "its third-quarter profit rose", speaker: "Harbour Foods Inc.", rule: .subjectCueContent),
    Case(name: "an existential there after a day's name opens the content", body: "Maria Okafor said Tuesday there was no deal on the levy.", quote: "there was no deal", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "an existential there right after a weak cue opens the content", body: "Maria Okafor warned there could be layoffs at the port.", quote: "there could be layoffs", speaker: "Maria Okafor", rule: .subjectCueContent),
    Case(name: "a provincial legislator's title and party before the name are not the name", body: "Liberal MPP Ana Lima said the levy would rise.", quote: "the levy would rise", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a Quebec legislator's title after a party of two words is not the name", body: "Parti Québécois MNA Ana Lima said the levy would rise.", quote: "the levy would rise", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a plural noun's spelling after the noun opening a clause past a prepositional phrase is its verb when the clause has no other",
         body: "Lima said in an email the premier stands by his decision.", quote: "the premier stands by his decision", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a subject before a quote that opens with its verb is what was said with the quote",
         body: "Lima's office said in an email the premier \u{201C}stands by his decision.\u{201D}", quote: "the premier \u{201C}stands by his decision", speaker: "Lima's office",
         rule: .subjectCueContent),
    Case(name: "a later that past a clause is the clause's, not the cue's opener", body: "The port said in a statement it respected the right to protest but that the safety of workers came first.", quote: "it respected the right to protest but that the safety", speaker: "The port", rule: .subjectCueContent),
    Case(name: "police ranks before the name are not the name", body: "Chief Superintendent Ana Lima said the levy would rise.", quote: "the levy would rise", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an abbreviated rank before the name is not the name", body: "Det. Supt. Ana Lima said the levy would rise.", quote: "the levy would rise", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a common noun's possessive inside the subject is no verb", body: "The intelligence community's inspector general indicated he thought that the levy would rise.", quote: "he thought that the levy would rise", speaker: "The intelligence community's inspector general", rule: .subjectCueContent),
    Case(name: "a noun after a possessive in a role's object is no verb", body: "Opponents of the council's plan said the levy would rise.", quote: "the levy would rise", speaker: "Opponents of the council's plan", rule: .subjectCueContent),
    Case(name: "a comma inside a closing quote mark ends the claim before a participle", body: "Maria Okafor called the levy \"completely unacceptable,\" adding that the port must stand firm.", quote: "the port must stand firm", speaker: "Maria Okafor", rule: .participleContinuation),
    Case(name: "a participle after a postposed cue's listener leaves the quote to the cue", body: "“She is a liar,” Okafor told supporters in Lagos on Friday, referring to the mayor.", quote: "She is a liar", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a quote after a participle's listener is the content whole", body: "Maria Okafor toured the site, telling Reuters, “Ana and I have been friends for years.”", quote: "Ana and I have been friends", speaker: "Maria Okafor", rule: .participleContinuation),
    Case(name: "an opening adverbial's town, state between commas, is not the subject", body: "At a council meeting in St. Clairsville, Ohio, 62-year-old Ana Lima railed against the levy, and explained how much it upset her.", quote: "how much it upset her", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a time adjunct between a relative's auxiliary and its cue", body: "Ana Lima, who has in the past described the levy as a tax on the poor, spoke for an hour.", quote: "the levy as a tax", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a degree adverb before a cue's modifier is no subject", body: "Ana Lima has opposed the levy and most recently said the council should drop it.", quote: "the council should drop it", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a name's parenthesis, then a role between commas, before the cue", body: "And Sen. Ana Lima (D-Ohio), another vulnerable incumbent, said she had not thought about it.", quote: "she had not thought about it", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a participle's object after the subject is not the subject", body: "Harbour Board members supporting the levy have said they will have the votes.", quote: "they will have the votes", speaker: "Harbour Board members", rule: .subjectCueContent),
    Case(name: "according to a document by someone: the someone", body: "The levy is deeply unpopular with residents, according to a new poll by the Harbour Institute of Politics.", quote: "The levy is deeply unpopular", speaker: "Harbour Institute of Politics", rule: .accordingTo),
    Case(name: "according to a part of a document by someone: the someone", body: "According to early results of a survey by the Harbour Institute, Lima led in both wards.",
         quote: "Lima led in both wards", speaker: "Harbour Institute", rule: .accordingTo),
    Case(name: "according to an article in an outlet: the outlet", body: "The ferry has been late every day this week, according to a new article in the Coastal Times.", quote: "The ferry has been late", speaker: "Coastal Times", rule: .accordingTo),
    Case(name: "an -ly adjective before its noun opens a source after according to", body: "According to early returns from the county, Lima led in both wards.", quote: "Lima led in both wards", speaker: "early returns", rule: .accordingTo),
    Case(name: "an -ly adjective before its noun stays in the subject", body: "In the poll, 61 percent of likely voters said the ferry should run all night.", quote: "the ferry should run all night", speaker: "61 percent of likely voters", rule: .subjectCueContent),
    Case(name: "a short quoted label inside a source is passed over", body: "The levy would raise $2 billion a year, according to the “Harbour for all” paper she released.", quote: "The levy would raise $2 billion", speaker: "the Harbour for all paper", rule: .accordingTo),
    Case(name: "a reported question starts past the one asked", body: "Okafor asked the mayor if the levy would survive the vote.", quote: "if the levy would survive", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a reported question with which starts past the one asked", body: "The board asked riders which ferry they used most.", quote: "which ferry they used", speaker: "The board", rule: .subjectCueContent),
    Case(name: "a relative after the one asked about is no question", body: "Okafor asked Lima about residents who said the levy hurt them.", quote: "Lima about residents", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a question asked by someone is theirs", body: "Asked by Omar Bell whether she had read the report, Lima said she had not.", quote: "whether she had read the report", speaker: "Omar Bell", rule: .askedByAgent),
    Case(name: "an as clause opening the sentence reports the clause after its comma", body: "As the Coastal Times reported on Saturday, the mayor has already emerged as a buyer.",
         quote: "the mayor has already emerged as a buyer", speaker: "Coastal Times", rule: .asClauseCue),
    Case(name: "an as clause after a comma reports the clause after its own", body: "There are questions about the ferry, given that, as the Coastal Times reported, the mayor wants it.",
         quote: "the mayor wants it", speaker: "Coastal Times", rule: .asClauseCue),
    Case(name: "an as clause reads a whole subordinate clause after its comma", body: "As the Coastal Times reported, even if the ferry is sold, the city would still owe its debts.",
         quote: "even if the ferry is sold, the city would still owe its debts", speaker: "Coastal Times", rule: .asClauseCue),
    Case(name: "an as clause's claim starts past a phrase of when set off after its comma", body: "As the Coastal Times reported, even on Friday morning, the mayor was refusing to sell the ferry.",
         quote: "the mayor was refusing to sell the ferry", speaker: "Coastal Times", rule: .asClauseCue),
    Case(name: "a relative clause's object is not the subject of the cue after it", body: "Some voters who have listened to the mayor said she had less energy than they remembered.",
         quote: "she had less energy", speaker: "Some voters", rule: .subjectCueContent),
    Case(name: "a name a relative clause's verb takes is not the subject of the cue after it", body: "People who know Ana Lima said she would run for mayor.",
         quote: "she would run for mayor", speaker: "People", rule: .subjectCueContent),
    Case(name: "an aside set off by commas after the subject's common noun is passed over", body: "Voters over the years, on radio or at town halls, said she had less energy.",
         quote: "she had less energy", speaker: "Voters", rule: .subjectCueContent),
    Case(name: "an aside between dashes after the subject is passed over to the people it ends in", body: "Three in five councillors across the four wards — and two-thirds of those in Truro — said the levy would pass.",
         quote: "the levy would pass", speaker: "Three in five councillors across the four wards", rule: .subjectCueContent),
    Case(name: "a request asked by someone is theirs", body: "Asked by reporters to respond to the union's criticism, Lima said the fares were fair.",
         quote: "to respond to the union's criticism", speaker: "reporters", rule: .askedByAgent),
    Case(name: "what someone asked about, past when they asked, is theirs", body: "When asked by Omar Bell on Thursday about raising fares again, Lima said no.",
         quote: "about raising fares again", speaker: "Omar Bell", rule: .askedByAgent),
    Case(name: "a question's that after if is its subject", body: "Okafor asked the mayor if that plan would survive.", quote: "if that plan would survive", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a participle in the sentence's opening phrase is the main clause subject's", body: "After saying that the levy was fair, Lima left the room.", quote: "the levy was fair", speaker: "Lima", rule: .participleContinuation),
    Case(name: "a participle after since in the opening phrase is the subject's", body: "Since saying in May that she would not run, Lima has campaigned for Okafor.", quote: "she would not run", speaker: "Lima", rule: .participleContinuation),
    Case(name: "a participle after an adverbial preposition's object is the subject's", body: "The governor has fought the mayor for years, at one point calling him a liar.", quote: "him a liar", speaker: "The governor", rule: .participleContinuation),
    Case(name: "a participle after a name a preposition holds is the name's", body: "Okafor laughed at Ana Lima calling the levy a sham.", quote: "the levy a sham", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an announcing participle opening the sentence after a time is the subject's", body: "One month after announcing her support for Okafor, Lima still believes the levy is unfair.", quote: "her support for Okafor", speaker: "Lima", rule: .participleContinuation),
    Case(name: "a sentence's one dash after the cue sets off what follows", body: "The ferry will stop in May, the harbour office reported on Tuesday -- a turn that raises new questions.", quote: "The ferry will stop in May", speaker: "the harbour office", rule: .contentThenSubjectCue),
    Case(name: "according to a document a clause with no that qualifies: still the document", body: "The deal includes raises, according to a memo the mayor sent to staff.",
         quote: "The deal includes raises", speaker: "a memo", rule: .accordingTo),
    Case(name: "a preposition after a postposed cue opens no speaker", body: "“The rule goes too far,” Ana Lima, the chief lawyer of Kellburg, one of several states fighting the rule, said at a Harbourton forum last week.",
         quote: "The rule goes too far", speaker: "Ana Lima", rule: .nameInParagraph),
    Case(name: "according to a document filed in a place: still the document", body: "The developers hid the losses from investors, according to a lawsuit filed in Manhattan.", quote: "The developers hid the losses", speaker: "a lawsuit", rule: .accordingTo),
    Case(name: "a relative clause set off after a thing's preposition describes the people before it, and a verb of telling never inverts",
         body: "Two sources with knowledge of the inquiry, who were not authorized to speak publicly, told the Coastal Times that officers interviewed the aide.",
         quote: "officers interviewed the aide", speaker: "Two sources with knowledge of the inquiry", rule: .subjectCueContent),
    Case(name: "a statement's maker after from speaks", body: "A statement from the Harbour Ferry Authority said sailings would resume on Monday.",
         quote: "sailings would resume", speaker: "Harbour Ferry Authority", rule: .subjectCueContent),
    Case(name: "a statement's maker after a participle and by speaks", body: "A statement released by the Kellburg council said sailings would resume.",
         quote: "sailings would resume", speaker: "the Kellburg council", rule: .subjectCueContent),
    Case(name: "a finding's record speaks, not whose survey it was", body: "Data from the Harbour Ferry Survey show that most riders travel alone.",
         quote: "most riders travel alone", speaker: "Data from the Harbour Ferry Survey", rule: .subjectCueContent),
    Case(name: "a document's maker named in its words speaks, not whom it was sent to", body: "A letter from Ana Lima to the harbour board said costs had doubled.",
         quote: "costs had doubled", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "according to a document by people named by their noun: the people", body: "Emissions fell by 15 percent, according to a study by the economists at Harbour University.",
         quote: "Emissions fell by 15 percent", speaker: "the economists at Harbour University", rule: .accordingTo),
    Case(name: "according to a study published in a journal: the study, not the journal", body: "People who eat fish live longer, according to a study published Monday in the journal Harbour Medicine.",
         quote: "People who eat fish live longer", speaker: "a study", rule: .accordingTo),
    Case(name: "a quote's cue then a document in an outlet: the outlet", body: "“The council has shown less spine than a jellyfish,” reads a Wednesday editorial in the Coastal Times.", quote: "The council has shown less spine", speaker: "Coastal Times", rule: .quoteThenCueSubject),
    Case(name: "a floating both after names closing an appositive", body: "His leading rivals, Sens. Ana Lima of Kent and Ben Ross of Essex, have both urged the council to release the tapes.", quote: "the council to release the tapes", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an article after an organisation's connector stays in its name", body: "The deficit will grow, the Committee for a Sound Harbour Budget said on Monday.", quote: "The deficit will grow", speaker: "Committee for a Sound Harbour Budget", rule: .contentThenSubjectCue),
    Case(name: "a capitalised document noun inside a name is no document", body: "The Institute for the Study of Tides said the harbour would silt up.", quote: "the harbour would silt up", speaker: "Institute for the Study of Tides", rule: .subjectCueContent),
    Case(name: "a person of an organisation before the cue is the person", body: "Dana Ruiz of the Harbor Institute said the levy was fair.", quote: "the levy was fair", speaker: "Dana Ruiz", rule: .subjectCueContent),
    Case(name: "a name of a name before a noun modifies the noun, it is no person of a body",
         body: "Lawyers handling Freedom of Information Act lawsuits seeking records about the mayor's tenure have said the release would be slow.",
         quote: "the release would be slow", speaker: "Lawyers handling Freedom of Information Act lawsuits", rule: .subjectCueContent),
    Case(name: "a name after an inverted cue stays the speaker whatever word follows it", body: "„Wir bauen die Brücke“, sagte Vorstandschef Jonas Keller am Montag.", quote: "Wir bauen die Brücke", speaker: "Jonas Keller", rule: .quoteThenCueSubject),
    Case(name: "two roles of one person joined by and are one subject", body: "“The port must stay open,” the independent Kent senator and presidential candidate told the Coastal Times.",
         quote: "The port must stay open", speaker: "the independent Kent senator and presidential candidate", rule: .quoteThenSubjectCue),
    Case(name: "a capitalised city of a place is one name", body: "The City of Tarrow, which has fought the levy for years, said in a statement that it was pleased with the ruling.",
         quote: "it was pleased with the ruling", speaker: "City of Tarrow", rule: .subjectCueContent),
    Case(name: "according to a source and its description: the content after both", body: "According to the Harbour Fund, a shipping think tank, the number of ships waiting has doubled since 2020.",
         quote: "the number of ships waiting has doubled", speaker: "Harbour Fund", rule: .accordingTo),
    Case(name: "according to a source the phrase finder knows no role for: its noun phrase", body: "The premier is also joining the lawsuit, according to one of his senior aides.",
         quote: "The premier is also joining the lawsuit", speaker: "one of his senior aides", rule: .accordingTo),
    Case(name: "according to data with an adjective after it: the whole phrase", body: "The ferry was late 115 times, according to the most recent data available from the port authority.",
         quote: "The ferry was late 115 times", speaker: "the most recent data available from the port authority", rule: .accordingTo),
    Case(name: "according to with no comma before it reports the clause before it", body: "The mayor leads the councillor by 400 votes according to a count by the city clerk, but the result is not final.",
         quote: "The mayor leads the councillor by 400 votes", speaker: "a count", rule: .accordingTo),
    Case(name: "according to after a dash reports the clause before the aside", body: "In 2019, the ferry had 115 cancellations — including storms and strikes — according to the port authority.",
         quote: "In 2019, the ferry had 115 cancellations", speaker: "the port authority", rule: .accordingTo),
    Case(name: "where a document appeared stands between it and its cue", body: "People who eat fish live longer, a large study published Wednesday in the journal Harbour Medicine suggests.",
         quote: "People who eat fish live longer", speaker: "a large study", rule: .contentThenSubjectCue),
    Case(name: "a verb of evidence with records for subject reports what they show", body: "The filings show that the port paid $3 million in fees.",
         quote: "the port paid", speaker: "The filings", rule: .subjectCueContent),
    Case(name: "a verb of evidence after what records show", body: "The port paid $3 million in fees in 2010, records show.",
         quote: "The port paid", speaker: "records", rule: .contentThenSubjectCue),
    Case(name: "a verb of evidence closing its sentence after a comma is a finding by anyone",
         body: "The mayor broke the conflict rules when he took the auditor's files, the ethics commissioner has found.",
         quote: "The mayor broke the conflict rules", speaker: "the ethics commissioner", rule: .contentThenSubjectCue),
    Case(name: "a verb of evidence closing its sentence after a comma, by people", body: "The port paid $3 million in fees in 2010, investigators found.",
         quote: "The port paid", speaker: "investigators", rule: .contentThenSubjectCue),
    Case(name: "a record capitalised as a sentence's first word is no name", body: "Records show the council spent $2 million on the plan.",
         quote: "the council spent", speaker: "Records", rule: .subjectCueContent),
    Case(name: "a compound's first noun capitalised as a sentence's first word is no name", body: "Exit polls taken in Dover found that most voters wanted change.",
         quote: "most voters wanted change", speaker: "Exit polls", rule: .subjectCueContent),
    Case(name: "a participle and its time after the subject, in the past tense's spelling", body: "A statement released this week said the plan was dead.",
         quote: "the plan was dead", speaker: "A statement", rule: .subjectCueContent),
    Case(name: "a record's present form read as a compound's plural is its verb", body: "A new survey finds most residents oppose the tower.",
         quote: "most residents oppose", speaker: "A new survey", rule: .subjectCueContent),
    Case(name: "what a poll found people said is theirs", body: "A poll found 72 percent of voters said the levy was unfair.",
         quote: "the levy was unfair", speaker: "72 percent of voters", rule: .subjectCueContent),
    Case(name: "what a thing was said of, then what was said", body: "Okafor said of the ruling that it was a disgrace.",
         quote: "it was a disgrace", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a roundup's line: the writer speaks through the outlet", body: "Ana Lima, The Daily Ledger: “The levy is a tax on the poor, and the port knows it.”",
         quote: "The levy is a tax", speaker: "Ana Lima", via: "Daily Ledger", rule: .nameColonQuote),
    Case(name: "an age that stands for the person just named speaks after a quote", body: "Kofi Mensah scored twice. “My dad will be crying somewhere,” the 23-year-old added.",
         quote: "My dad will be crying", speaker: "Kofi Mensah", rule: .quoteThenSubjectCue),
    Case(name: "an age that stands for the person just named speaks after an inverted cue", body: "Kofi Mensah scored twice. “My dad will be crying somewhere,” said the 23-year-old.",
         quote: "My dad will be crying", speaker: "Kofi Mensah", rule: .quoteThenCueSubject),
    Case(name: "a plural after another noun's article is a relative clause's own subject", body: "The council voted to close two libraries, a move officials say will save money.",
         quote: "will save money", speaker: "officials", rule: .subjectCueContent),
    Case(name: "a plural after another noun's article may be a people's or a party's", body: "The council voted to close two libraries, a decision Franco-Ontarian groups say is a blow.",
         quote: "is a blow", speaker: "Franco-Ontarian groups", rule: .subjectCueContent),
    Case(name: "a plural name after another noun's article is a relative clause's own subject", body: "The council voted to close two libraries, a move Democrats say will cost jobs.",
         quote: "will cost jobs", speaker: "Democrats", rule: .subjectCueContent),
    Case(name: "a count before a plural is the subject's own", body: "The council voted to close two libraries, and a dozen residents said the vote was rigged.",
         quote: "the vote was rigged", speaker: "a dozen residents", rule: .subjectCueContent),
    Case(name: "past a listener, a clause whose subject has an aside between commas", body: "Omar Bell told reporters the two suspects, aged 19 and 22, were taken into custody.",
         quote: "the two suspects, aged 19 and 22, were taken", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a participle's object past its prepositions is not the subject", body: "Officials speaking on condition of anonymity said the ferry plan was dead.",
         quote: "the ferry plan was dead", speaker: "Officials", rule: .subjectCueContent),
    Case(name: "a participle's object is not the subject, however its number is bounded", body: "The union representing more than 1,400 ferry workers said the offer was unfair.",
         quote: "the offer was unfair", speaker: "The union", rule: .subjectCueContent),
    Case(name: "the object of `from` after a noun for people is not the subject", body: "Several Liberal MPs from rural ridings told the minister that the rebate was unfair.",
         quote: "the rebate was unfair", speaker: "Several Liberal MPs from rural ridings", rule: .subjectCueContent),
    Case(name: "a role's object after a plural's determiner is not the subject", body: "Councillors from both parties said the levy was unfair.",
         quote: "the levy was unfair", speaker: "Councillors from both parties", rule: .subjectCueContent),
    Case(name: "the verb after a participle cue's words has the participle's subject", body: "A woman claiming she was a nurse told police the man had fallen.",
         quote: "the man had fallen", speaker: "A woman", rule: .subjectCueContent),
    Case(name: "a sentence whose space after its period was lost still has its cue", body: "The ferry ran late, Okafor said.Lima said that the bridge would reopen in May.",
         quote: "the bridge would reopen", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a preposition's phrase between the cue and its quote's comma", body: "Omar Bell said in the spin room, “It is time to unite.”",
         quote: "It is time to unite", speaker: "Omar Bell", rule: .subjectCueThenQuote),
    Case(name: "what it was said of, between the cue and its quote's comma", body: "The vote split the board. Ana Lima said of the council's vote, “They have failed us.”",
         quote: "They have failed us", speaker: "Ana Lima", rule: .subjectCueThenQuote),
    Case(name: "a relative clause's cue past a preposition's phrase to its quote", body: "Okafor won an endorsement from Omar Bell, who declared in the spin room, “It is time to unite.”",
         quote: "It is time to unite", speaker: "Omar Bell", rule: .subjectCueThenQuote),
    Case(name: "a name and its aside after a question's quote, then the cue", body: "“Will we rebuild?” Okafor, a retired docker, asked pointedly.",
         quote: "Will we rebuild?", speaker: "Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a past verb before a relative clause's noun is no part of its speaker", body: "Mayor Okafor rebuked critics who say she should resign.",
         quote: "she should resign", speaker: "critics", rule: .subjectCueContent),
    Case(name: "a participle after a past verb's object has the verb's subject", body: "The harbour senator emailed supporters saying the levy would pass.",
         quote: "the levy would pass", speaker: "The harbour senator", rule: .subjectCueContent),
    Case(name: "a participle after a relative clause's claim goes on with the sentence's subject", body: "Mayor Okafor rebuked critics who say she should resign, saying the levy will work.",
         quote: "the levy will work", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "a two-word adverb between the subject and the cue", body: "Three harbour unions have in fact reported spending $5,000 on the campaign.",
         quote: "spending $5,000", speaker: "Three harbour unions", rule: .subjectCueContent),
    Case(name: "the sentence's subject is past a clause of when after its opening phrase", body: "In June, after Ana Lima suffered a fall, Okafor emailed her, telling her, “You are an all-star player.”",
         quote: "You are an all-star player", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "two bare roles joined before one name are that person's", body: "According to Harbour Times contributor and monetary historian Omar Bell, rates have moved in opposite directions seven times.",
         quote: "rates have moved", speaker: "Omar Bell", rule: .accordingTo),
    Case(name: "an unlisted verb after a name, before a comma and the quote that ends the sentence", body: "During the debate on the levy, Ana Lima cracked, “I'm a progressive who likes to get things done.”",
         quote: "I'm a progressive", speaker: "Ana Lima", rule: .subjectCueThenQuote),
    Case(name: "the one after by that made a speech noun's claim speaks it",
         body: "The union rejected accusations by the Harbour Authority that its members had staged a slowdown.",
         quote: "its members had staged a slowdown", speaker: "Harbour Authority", via: "The union", rule: .possessiveClaim),
    Case(name: "the name set off after from and its role speaks a speech noun's claim",
         body: "Police are investigating an allegation from his first wife, Ana Lima, that Okafor had hidden the money.",
         quote: "Okafor had hidden the money", speaker: "Ana Lima", rule: .possessiveClaim),
    Case(name: "a comma inside a quote ends a speech noun's claim only where it closes the quote",
         body: "The email contradicts comments from Omar Bell that “fog, distance and the tide” delayed the rescue.",
         quote: "“fog, distance and the tide” delayed the rescue", speaker: "Omar Bell", rule: .possessiveClaim),
    Case(name: "a share after a number word is people however the tagger reads the share",
         body: "Forty percent said they backed the levy. Twelve percent indicated that they were not sure.",
         quote: "they were not sure", speaker: "Twelve percent", rule: .subjectCueContent),
    Case(name: "a nickname in quotes between a given name and a surname is part of the name",
         body: "“We will rebuild,” said Ana “Nana” Lima.", quote: "We will rebuild", speaker: "Ana Nana Lima", rule: .quoteThenCueSubject),
    Case(name: "a pronoun after a name with a nickname in quotes resolves to the whole name",
         body: "Juan “Chico” Okafor of Harbourton carried one of the photos. “I cried the whole parade,” he said.",
         quote: "I cried the whole parade", speaker: "Juan Chico Okafor", rule: .quoteThenSubjectCue),
    Case(name: "a definite role names the company whose appositive gave it",
         body: "Shares of Alphabet, the parent company of Google, jumped. The company reported earnings well above forecasts.",
         quote: "earnings well above forecasts", speaker: "Alphabet", rule: .subjectCueContent),
    Case(name: "papers in a place speak as people in a place do, not the place",
         body: "Six newspapers in Halifax said the mayor was unfit to serve.",
         quote: "the mayor was unfit to serve", speaker: "Six newspapers in Halifax", rule: .subjectCueContent),
    Case(name: "a that past another cue's subject is that cue's, not the fronted clause's",
         body: "While Lima pledged to work with both parties, Okafor insisted that real change will come only with a shake-up.",
         quote: "real change will come", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a cue after and shares the subject of the sentence's first cue, in a clause of when too",
         body: "The anxiety about the levy was underscored Wednesday when Mayor Ana Lima lamented the “toxic” state of the race and criticized the ferry fares on display.",
         quote: "the ferry fares on display", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "an as clause closing the sentence reports the clause before its comma",
         body: "The levy will pass next week, as the Harbour Times reported on Sunday.",
         quote: "The levy will pass next week", speaker: "Harbour Times", rule: .contentThenSubjectCue),
    Case(name: "an as clause with a perfect cue and a quantifier for its subject",
         body: "The defeat will not derail her campaign, as some have speculated.",
         quote: "The defeat will not derail", speaker: "some", rule: .contentThenSubjectCue),
    Case(name: "any plural noun in a place names people who speak, not the place",
         body: "Tenants in Leeds said they had waited years for repairs.",
         quote: "they had waited years", speaker: "Tenants in Leeds", rule: .subjectCueContent),
    Case(name: "people in a region of a place speak, not the place",
         body: "Fishermen in southwest Nova Scotia say the closure would cost them thousands.",
         quote: "the closure would cost them", speaker: "Fishermen in southwest Nova Scotia", rule: .subjectCueContent),
    Case(name: "people in a place an adjective qualifies speak, not the place",
         body: "Farmers in rural Alberta say the levy would cost them thousands.",
         quote: "the levy would cost them", speaker: "Farmers in rural Alberta", rule: .subjectCueContent),
    Case(name: "someone new, a singular noun after a, from or in a place of one word is a person there, not the place",
         body: "A widow from Kellburg told investigators she had never seen the accounts.",
         quote: "she had never seen the accounts", speaker: "A widow from Kellburg", rule: .subjectCueContent),
    Case(name: "a message from a person is that person's, not someone new",
         body: "An email from Omar Bell said the ferry would be late.",
         quote: "the ferry would be late", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a past form the tagger reads as a participle right after a subject pronoun is the content's finite verb",
         body: "Omar Bell told the committee he never pressured Wilson-Raybould.",
         quote: "he never pressured Wilson-Raybould", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a participle right after the noun phrase opening the sentence, with no finite verb in its clause, is its verb",
         body: "The company cut jobs, saying demand had fallen.",
         quote: "demand had fallen", speaker: "The company", rule: .participleContinuation),
    Case(name: "a participle right after the noun phrase a listener's clause opens with, with no finite verb after it, is its verb",
         body: "Staff Sgt. Omar Bell told reporters the driver fled on foot.",
         quote: "the driver fled on foot", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "an irregular past is a verb the sentence may have, so a participle after with and a name does not qualify the sentence's subject",
         body: "The bank held rates, with Lima saying inflation remained too high.",
         quote: "inflation remained too high", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a past read as a participle after a noun, before a bare object and no other verb in its clause, is the clause's verb",
         body: "Omar Bell told reporters the company expected revenue growth in the high teens.",
         quote: "the company expected revenue growth", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a plural in a place that ends a preposition's object is no subject",
         body: "Lima testified before the council on the 2011 attacks in Harbourton, and Sen. Omar Bell asked her why the ferry had been late.",
         quote: "why the ferry had been late", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "where it was said, between a cue and its that, is no content",
         body: "Her attorney, Omar Bell, said outside the courthouse that his client would appeal.",
         quote: "his client would appeal", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a title or role after a hyphen before a given name is no part of the name",
         body: "Vice-chief Ana Okafor said the case raised questions.", quote: "the case raised questions", speaker: "Ana Okafor", rule: .subjectCueContent),
    Case(name: "a negated auxiliary before the cue stands between it and its subject, contracted or not",
         body: "Harbour spokesman Omar Bell wouldn’t say whether the levy would pass.", quote: "whether the levy would pass", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a negated do before the cue stands between it and its subject",
         body: "Omar Bell did not say when the ferry would return.", quote: "when the ferry would return", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a person's pronoun joined to a name speaks first, as a name there does",
         body: "Omar Bell spoke first. It was not about the money, he and Ms. Lima said.", quote: "It was not about the money", speaker: "Omar Bell", rule: .contentThenSubjectCue),
    Case(name: "a demonstrative contracted with its verb opens a clause after a weak cue as a pronoun does",
         body: "Okafor brags that's good news for the harbour.", quote: "that's good news for the harbour", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a verb coordinated with a cue owns the that after it, however close the cue's preposition's phrase ends",
         body: "Omar Bell said Ana Lima would testify in exchange for a lighter charge and insisted that the witness was lying.",
         quote: "the witness was lying", speaker: "Omar Bell", rule: .subjectCueContent),
    Case(name: "a speech verb after a name the tagger reads as an adjective is the verb, not the name's noun",
         body: "Critics say the levy was her idea. Okafor denies that, saying the council wrote it.",
         quote: "the council wrote it", speaker: "Okafor", rule: .participleContinuation),
    Case(name: "an acronym in capitals that spells a function word is a name, not the word",
         body: "The WHO warned that the outbreak could spread to Harbourton.",
         quote: "the outbreak could spread", speaker: "WHO", rule: .subjectCueContent),
    Case(name: "a country's acronym that spells a pronoun is the country",
         body: "The US said the ferry talks would resume on Monday.",
         quote: "the ferry talks would resume", speaker: "The US", rule: .subjectCueContent),
    Case(name: "an acronym that spells a relative pronoun ends a role's phrase as a name",
         body: "Officials at the WHO said the outbreak could spread.",
         quote: "the outbreak could spread", speaker: "Officials at the WHO", rule: .subjectCueContent),
    Case(name: "a town's state set off by commas belongs to the subject's town",
         body: "Officials in Salem, Ore., said the bridge would reopen.",
         quote: "the bridge would reopen", speaker: "Officials in Salem", rule: .subjectCueContent),
    Case(name: "a town's state in capitals set off by commas belongs to the subject's town",
         body: "Officials in Salem, OR, said the bridge would reopen.",
         quote: "the bridge would reopen", speaker: "Officials in Salem", rule: .subjectCueContent),
    Case(name: "a long relative clause after who is not the subject, its antecedent is",
         body: "Even the analysts who have sketched out paths for Ms. Lima to win the seat acknowledge that they are slender.",
         quote: "they are slender", speaker: "the analysts", rule: .subjectCueContent),
    Case(name: "nor after a comparison's than inside the relative clause",
         body: "The mayor, who has gotten less credit than aides say she deserves, spoke on Monday.",
         quote: "she deserves", speaker: "aides", rule: .subjectCueContent),
    Case(name: "nor past a conjunction inside the relative clause",
         body: "Okafor, who won support from 15 percent of voters and another 12 percent who say they might vote for him, spoke on Monday.",
         quote: "they might vote for him", speaker: "another 12 percent", rule: .subjectCueContent),
    Case(name: "a town and its state named in full after of, with no comma after, belong to the name before them",
         body: "Ana Lima of Columbia, South Carolina says she thinks the bridge will reopen.",
         quote: "she thinks the bridge", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a town and its country after from belong to the name before them",
         body: "Omar Okafor from Lagos, Nigeria said the port would grow.",
         quote: "the port would grow", speaker: "Omar Okafor", rule: .subjectCueContent),
    Case(name: "a town's state ending an aside leaves the aside to be read as one",
         body: "Ana Lima, speaking in Salem, Ore., said the bridge would reopen.",
         quote: "the bridge would reopen", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a determiner after a listener opens what was told, whatever the tagger reads",
         body: "Okafor told reporters the ruling sent a strong signal to the port.",
         quote: "the ruling sent a strong signal", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a determiner after a listener of common nouns opens what was told",
         body: "Okafor told opposition members the bridge would cut travel times in half.",
         quote: "the bridge would cut travel times in half", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a determiner after a listener opens what was told, before a quote inside it",
         body: "Okafor told reporters the ruling sent “a strong signal” to the port.",
         quote: "the ruling sent", speaker: "Okafor", rule: .subjectCueContent),
    Case(name: "a past read as a participle after a noun, before its object, is the clause's verb",
         body: "Ana Lima told reporters the figures reflected a temporary dip in ferry traffic.",
         quote: "the figures reflected a temporary dip", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "he or she passes over a name that qualifies a noun (the Whitcombe plant)",
         body: "“The plant will stay,” Ana Whitcombe said.\n\nKaren Macer is a state representative. Her district includes the Whitcombe plant, and for all its noise, the work pays well, she said.",
         quote: "Her district includes the Whitcombe plant", speaker: "Karen Macer", rule: .contentThenSubjectCue),
    Case(name: "a time between a cue and its infinitive says when; the infinitive is what was promised",
         body: "Harbour Party Leader Ana Lima promised Tuesday to scrap the ferry levy if her party wins the election.",
         quote: "to scrap the ferry levy", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a time after `on` between a cue and its infinitive says when",
         body: "Harbour Party Leader Ana Lima promised on Tuesday to scrap the ferry levy if her party wins the election.",
         quote: "to scrap the ferry levy", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a pronoun after a definite role, with no person named, is that role",
         body: "The mayor said the ferry would be late. He said the crossing was too rough.",
         quote: "the crossing was too rough", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "a pronoun after a definite role is that role when the only person named is not one it fits",
         body: "Ana Lima waited at the pier. The mayor said the ferry would be late. He said the crossing was too rough.",
         quote: "the crossing was too rough", speaker: "The mayor", rule: .subjectCueContent),
    Case(name: "name particles in a row stay inside the name",
         body: "Maria von der Linde said the ferry talks would resume.",
         quote: "the ferry talks would resume", speaker: "Maria von der Linde", rule: .subjectCueContent),
    Case(name: "an opening phrase of place with no comma is not the subject a coordinated cue shares",
         body: "Ana Lima moved to Kellburg. In Kellburg she fought the levy and proposed new rules for tolls.",
         quote: "new rules for tolls", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "nor is an opening phrase naming a work, with no comma",
         body: "Ana Lima moved to Kellburg. In her book she fought the levy and proposed new rules for tolls.",
         quote: "new rules for tolls", speaker: "Ana Lima", rule: .subjectCueContent),
    Case(name: "a participle right after the preposition opening the sentence is the subject's after the comma a quote closes",
         body: "Ana Lima rode the ferry on Monday. After saying the crossing was “too rough to bear,” she was taken to hospital.",
         quote: "the crossing was “too rough to bear,”", speaker: "Ana Lima", rule: .participleContinuation),
    Case(name: "a relative clause's object after a preposition is not the subject; the plural that opens the sentence is",
         body: "Riders who spoke to Ana Lima said the fares were too high.",
         quote: "the fares were too high", speaker: "Riders", rule: .subjectCueContent),
    Case(name: "a surname's particle after a quote is the name's", body: "“The ferry talks will resume,” de Souza said.",
         quote: "The ferry talks will resume", speaker: "de Souza", rule: .quoteThenSubjectCue),
    Case(name: "a surname's two particles after a quote are the name's", body: "“The ferry talks will resume,” von der Linde said.",
         quote: "The ferry talks will resume", speaker: "von der Linde", rule: .quoteThenSubjectCue),
    Case(name: "a surname's particles after an inverted cue are the name's", body: "“The ferry talks will resume,” said van der Berg.",
         quote: "The ferry talks will resume", speaker: "van der Berg", rule: .quoteThenCueSubject),
    Case(name: "a name particle joined by a hyphen to a capitalised name is the name's",
         body: "In a video, the cleric Omar al-Rashid says the ferry talks will fail.",
         quote: "the ferry talks will fail", speaker: "Omar al-Rashid", rule: .subjectCueContent),
    Case(name: "a surname a particle joins by a hyphen is the full name's",
         body: "Omar al-Rashid said the talks would resume. Later, al-Rashid said they would fail.",
         quote: "they would fail", speaker: "Omar al-Rashid", rule: .subjectCueContent),
    Case(name: "a number or a quantifier of a group is the share that speaks",
         body: "Hundreds marched to the harbour. One of the marchers said the levy would ruin him.",
         quote: "the levy would ruin him", speaker: "One of the marchers", rule: .subjectCueContent),
    Case(name: "a share of the ones a pronoun stands for speaks, not the pronoun's",
         body: "Hundreds marched to the harbour. One of them said the levy would ruin him.",
         quote: "the levy would ruin him", speaker: "One of them", rule: .subjectCueContent),
    Case(name: "a share keeps its article",
         body: "A majority of her backers say they will vote for the levy.",
         quote: "they will vote for the levy", speaker: "A majority of her backers", rule: .subjectCueContent),
    Case(name: "a possessive's document set off from its verb by an aside is its owner's",
         body: "The harbour engineers inspected the bridge. Their report, released in May, found that the supports were corroded.",
         quote: "the supports were corroded", speaker: "The harbour engineers", rule: .subjectCueContent),
    Case(name: "a quantifier opens the phrase it quantifies",
         body: "The ferry strike ended on Sunday, both sides said.",
         quote: "The ferry strike ended on Sunday", speaker: "both sides", rule: .contentThenSubjectCue),
    Case(name: "a number keeps its article",
         body: "The ferry strike ended on Sunday, the two men said.",
         quote: "The ferry strike ended on Sunday", speaker: "the two men", rule: .contentThenSubjectCue),
    Case(name: "the ones a role with of names speak, past the name's title too",
         body: "Critics of Mayor Ana Lima said the plan was flawed.",
         quote: "the plan was flawed", speaker: "Critics of Mayor Ana Lima", rule: .subjectCueContent),
    Case(name: "a retort, any verb with back, reports the clause after it",
         body: "Okafor said the homes were too dear. Lima shot back that prices had fallen for two years.",
         quote: "prices had fallen", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a retort before a colon reports the quote after it",
         body: "Okafor said the homes were too dear. Lima hit back: “Prices have fallen.”",
         quote: "Prices have fallen", speaker: "Lima", rule: .subjectCueQuote),
    Case(name: "the letters after a source's name set off by commas are the name's, not what was said",
         body: "According to Ana Lima, MP, the levy will pass.",
         quote: "the levy will pass", speaker: "Ana Lima", rule: .accordingTo),
    Case(name: "a cue in a list of what the sentence's subject did has that subject, not the pronoun after it",
         body: "The port authority delayed its findings, admitted it withheld emails, and blamed its lawyers.",
         quote: "it withheld emails", speaker: "The port authority", rule: .subjectCueContent),
    Case(name: "a pronoun a verb follows opens what was said, whatever the verb's ending",
         body: "The port authority delayed its findings, admitted he withheld emails, and blamed its lawyers.",
         quote: "he withheld emails", speaker: "The port authority", rule: .subjectCueContent),
    Case(name: "a cue after a relative clause's comma is the relative's antecedent's",
         body: "The mayor was calmer than her aides, who, on a call Friday, criticized Okafor for leaking the data.",
         quote: "Okafor for leaking the data", speaker: "her aides", rule: .subjectCueContent),
    Case(name: "a conjunction of contrast before another cue's subject ends what the first cue reported",
         body: "Bell accuses Lima of a smear while Lima suggests the former governor is a captive of the lobbyists.",
         quote: "the former governor is a captive of the lobbyists", speaker: "Lima", rule: .subjectCueContent),
    Case(name: "a nation's name is a body's, so the chief of one is the person before it",
         body: "Grand Chief Ana Moose of Kettle River Nation called the delay unacceptable. Chief Tom Redsky of Pine Lake First Nation says residents were told not to drink the water.",
         quote: "residents were told", speaker: "Tom Redsky", rule: .subjectCueContent),
    Case(name: "a body's name inside another's stays in it",
         body: "The United Nations Security Council said the test was a threat to peace.",
         quote: "the test was a threat", speaker: "United Nations Security Council", rule: .subjectCueContent),
    Case(name: "an admission is what its maker said, named after from, and one who cites it relays it",
         body: "The column cited an admission from Ana Lima that the levy would not have prevented a crisis.",
         quote: "the levy would not have prevented a crisis", speaker: "Ana Lima", via: "The column", rule: .possessiveClaim),
    Case(name: "a participle after a comma is no part of the owner of the speech noun it governs",
         body: "Interest rates stayed low, belying budget hawks' warnings that they would soar.",
         quote: "they would soar", speaker: "budget hawks", rule: .possessiveClaim),
    Case(name: "the word after who is the relative clause's verb, whatever the tagger reads it as",
         body: "Economists who study income programs said the pilot ended too soon to learn anything.",
         quote: "the pilot ended too soon", speaker: "Economists", rule: .subjectCueContent),
    Case(name: "a relative that after a common noun opens a clause whose object is not the subject",
         body: "The consortium that manages busing for the region said it was short 200 drivers.",
         quote: "it was short 200 drivers", speaker: "The consortium", rule: .subjectCueContent),
    Case(name: "a relative that after a common noun and before its verb's object is not the subject either",
         body: "The company that owns the mill said it would appeal the ruling.",
         quote: "it would appeal the ruling", speaker: "The company", rule: .subjectCueContent),
    Case(name: "an adverb and a colon before a quote say how it was said, not what",
         body: "Asked about the call, the coach said only: \u{201C}It is what it is.\u{201D}",
         quote: "It is what it is.", speaker: "the coach", rule: .subjectCueQuote),
    Case(name: "a pronoun of another language inverts after its cue",
         body: "Betriebsratschefin Anna Vogt kritisierte die Pläne scharf. „Die Beschäftigten zahlen für die Fehler“, sagte sie.",
         quote: "Die Beschäftigten zahlen", speaker: "Anna Vogt", rule: .quoteThenCueSubject),
    Case(name: "chinese corner quote", body: "局长王丽华表示：「安全是第一位的。」", quote: "安全是第一位的", speaker: "王丽华", rule: .cjkSpeakerCueQuote),
  ]

  /// A subhead in capitals run into its paragraph (a newsletter's) names nobody: neither its
  /// first word (`TELLING`) nor the capitals after it (`REFUGEE CRISIS`) speak the quote
  /// beside it, with a possessive in it (`HARBOUR’S`) or a long one with no function word
  /// near its start (`TURNS OUT …`) — while a transcript's label in capitals still does.
  @Test func aSubheadInCapitalsNamesNobody() throws {
    let analysis = try Fixture.analyse("""
      Morning newsletter

      TELLING OF THE REFUGEE CRISIS, IN VIRTUAL REALITY “VR brings the viewer closer to the story.” [Harbour News.]

      HOW MUCH TAX WOULD COME OUT OF YOUR LOTTERY WIN “Less than you think,” said the accountant.

      TWO DEAD, 16 INJURED IN HARBOUR FIRE Crews worked through the night. “The smoke was everywhere.”

      HOW THE HARBOUR’S DECLINE AFFECTS THE CITY “The slowdown is fostering a cycle of decline.” [Harbour News.]

      TURNS OUT OKAFOR ALLEN LIMA WAS ONTO SOMETHING Gulls are “the detectives of the shore.”

      ANNOUNCER: Welcome back to the show.
      """)
    let names = Set(analysis.speakers.map(\.name))
    #expect(names.isDisjoint(with: ["TELLING", "REFUGEE CRISIS", "VIRTUAL REALITY", "HOW", "TAX", "LOTTERY WIN", "TWO", "INJURED", "HARBOUR FIRE",
                                    "DECLINE AFFECTS", "TURNS OUT OKAFOR ALLEN LIMA"]), "\(names)")
    let label = try #require(analysis.quote(startingWith: "Welcome back"), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: label) == "ANNOUNCER")
  }

  /// `…, according to voters in Harbour County, a bellwether county in the north.`, `…, the
  /// regulator said, the largest fine of its kind.`: a phrase with no verb of its own (or only
  /// a relative clause's) after the source describes what came before; the claim is the
  /// clause before the source, not the sentence. After a time that opens the sentence, the
  /// phrase is the subject of the clause the source interrupts.
  @Test(arguments: [
    ("The levy will pass, according to voters in Harbour County, a bellwether county in the north.", "The levy will pass", "voters"),
    ("The port was fined $2 million for dumping ballast water, the regulator said, the largest fine of its kind.",
     "The port was fined $2 million for dumping ballast water", "the regulator"),
    ("The council voted to close the branch, the mayor said, a move that angered residents.", "The council voted to close the branch", "the mayor"),
    ("About 10 p.m., according to a police timeline, the guards left the harbour gate.",
     "About 10 p.m., according to a police timeline, the guards left the harbour gate", "a police timeline"),
  ])
  func aPhraseWithNoVerbAfterTheSourceDescribesWhatCameBefore(_ body: String, _ claim: String, _ source: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: claim.prefix(18).description), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.text(quote) == claim)
    #expect(quote.speakerMention.map(analysis.article.substring) == source)
  }

  /// `Transcript as follows:` before a quoted paragraph: a document's line introduces what it
  /// holds, and its capitalised first word is nobody's name, so nobody called `Transcript`
  /// speaks the quote.
  /// `WALLACE: "…"`: a label before a quote makes one claim, the colon rule's — not a
  /// second, overlapping one for the label's turn.
  @Test func aLabelBeforeAQuoteMakesOneClaim() throws {
    let analysis = try Fixture.analyse("Headline for the test\n\nWALLACE: “Will you be there tomorrow night for the debate?”")
    #expect(analysis.quotes.count == 1, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.quotes.first?.rule == .nameColonQuote)
  }

  @Test(arguments: ["Transcript as follows:", "Partial transcript as follows:"])
  func aDocumentsLineIntroducesNoSpeaker(_ line: String) throws {
    let analysis = try Fixture.analyse("Headline\n\nOkafor spoke to reporters at the harbour on Monday.\n\n\(line)\n\n“Tonight we arrived in Leeds, and we went to a restaurant.”")
    let quote = try #require(analysis.quote(startingWith: "Tonight we arrived"), "found \(analysis.quotes.map(analysis.text))")
    #expect(!["Transcript", "Partial"].contains(analysis.speakerName(of: quote)))
    #expect(!analysis.speakers.contains { ["Transcript", "Partial"].contains($0.name) }, "\(analysis.speakers.map(\.name))")
  }

  /// `… said it would appeal and would respond, in writing, …`: a speech verb after a modal
  /// goes on with what was said, and a coordinated cue takes no words before it for content.
  @Test(arguments: ["After the vote, the council said it would appeal the ruling and would respond, in writing, within a week.",
                    "The council said it would appeal the ruling and would respond within a week."])
  func aSpeechVerbAfterAModalGoesOnWithWhatWasSaid(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: "it would appeal"), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.text(quote).hasSuffix("within a week"))
    #expect(analysis.quotes.count == 1, "found \(analysis.quotes.map(analysis.text))")
  }

  /// A role set off by commas before the name that follows a clause is the subject's
  /// (`her son, Erik Lind,`), not the end of what was said.
  @Test(arguments: [("The ferry sank on Friday, her son, Erik Lind, said in a statement.", "The ferry sank on Friday"),
                    ("The ferry sank on Friday, the port's spokesman, Erik Lind, said.", "The ferry sank on Friday")])
  func aRoleSetOffBeforeTheNameAfterAClauseIsNotWhatWasSaid(_ body: String, _ content: String) throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: content))
    #expect(analysis.text(quote) == content)
    #expect(analysis.speakerName(of: quote) == "Erik Lind")
  }

  /// A conjunction before another cue's subject ends the claim before it once the claim
  /// holds a clause or ends in a quote — not after a noun the conjunction may join to that
  /// subject (`after the agency and 14 other groups urged …`) — and so does a comma and a
  /// comparison's few words.
  @Test(arguments: [
    ("Okafor accuses Lima of \u{201C}hiding the facts\u{201D} and Reyes says she is losing the argument.",
     "Lima of \u{201C}hiding the facts\u{201D}", "Okafor", "she is losing the argument", "Reyes"),
    ("Okafor said the levy was dead and Reyes said it would pass.", "the levy was dead", "Okafor", "it would pass", "Reyes"),
    // (So does a comparison's comma before one: `compared with`, `up from`.)
    ("Half of voters said the levy was too high, compared with 38 percent who said it was fair.", "the levy was too high", "Half of voters",
     "it was fair", "38 percent"),
    ("Among voters, 40 percent say they like Lima, up from 30 percent who said so in May.", "they like Lima", "40 percent", "so in May", "30 percent"),
  ])
  func aConjunctionOrComparisonBeforeAnotherCuesSubjectEndsTheClaim(_ body: String, _ first: String, _ firstSpeaker: String, _ second: String, _ secondSpeaker: String) throws {
    try expectClaim(first, in: body, speaker: firstSpeaker)
    try expectClaim(second, in: body, speaker: secondSpeaker)
  }

  /// What a verb of answering's `to` names was answered, not said — in a title-case line,
  /// whose `to recall` the tagger reads as an infinitive, as in the body.
  @Test(arguments: ["Harbour Line Responds to Recall Reports\n\nThe body of the article.", "Headline\n\nThe company responded to interview requests on Monday."])
  func aVerbOfAnsweringsObjectIsNoClaim(_ text: String) throws {
    let analysis = try Fixture.analyse(text)
    #expect(analysis.quotes.isEmpty, "found \(analysis.quotes.map(analysis.text))")
  }

  /// A relative clause's claim ends where the main clause's verb resumes, at a comma a
  /// closing mark follows as at one that stands alone.
  @Test(arguments: [
    ("Okafor, who has vowed to fight the levy “tooth and nail,” did not respond to a request for comment.", "to fight the levy “tooth and nail,”"),
    ("Okafor, who has vowed to fight the levy, did not respond to a request for comment.", "to fight the levy"),
  ])
  func aRelativeClausesClaimEndsAtTheCommaBeforeTheMainVerb(_ body: String, _ content: String) throws {
    try expectClaim(content, in: body, speaker: "Okafor")
  }

  /// What a verb of naming calls its object ends at the quote that says it before an aside
  /// — not before the next of a list of quotes, nor where the phrase the quote opens goes on
  /// — and a claim ends where the subject's next predicate begins.
  @Test(arguments: [
    ("Okafor called him a \"moderate,\" a subtle dig at the mayor.", "him a \"moderate,\""),
    ("Okafor called Lima a \"bully,\" a \"liar\" and \"unfit.\"", "Lima a \"bully,\" a \"liar\" and \"unfit.\""),
    ("Okafor called the deal \"a step forward\" in the fight against floods.", "the deal \"a step forward\" in the fight against floods"),
    // (And a conjunction and a finite verb after the quote go on with the subject's predicates;
    // so does a speech verb after a comma, which is the next of them.)
    ("Okafor called her \u{201C}third-rate\u{201D} and boycotted the debate.", "her \u{201C}third-rate\u{201D}"),
    ("Okafor suggested her tone was harsh, called her \u{201C}third-rate\u{201D} and left.", "her tone was harsh"),
    // (Not a verb whose subject follows it: the quote is the last speaker's.)
    ("The ruling signals \"the end\" for the port, said Okafor, the mayor.", "The ruling signals \"the end\" for the port"),
  ])
  func aNamingVerbsComplementEndsAtItsQuoteBeforeAnAsideOrTheNextPredicate(_ body: String, _ content: String) throws {
    try expectClaim(content, in: body, speaker: "Okafor")
  }

  /// A quote right after its cue, then a clause or a place of circumstance, is all that
  /// was said: the claim ends at the quote's close.
  @Test(arguments: [
    ("Marchers chanted \u{201C}We are still here\u{201D} as they passed the inn.", "We are still here", "Marchers"),
    ("Protesters chanted \u{201C}Shame!\u{201D} outside the council chamber.", "Shame!", "Protesters"),
    ("Okafor said \u{201C}never again\u{201D} before she left the hall.", "never again", "Okafor"),
  ])
  func aQuoteRightAfterItsCueEndsBeforeACircumstance(_ body: String, _ claim: String, _ speaker: String) throws {
    try expectClaim(claim, in: body, speaker: speaker)
  }

  /// A participle of speech after a share of a group (`many of them`) or after people
  /// `with` ties to the clause is theirs: they speak.
  @Test(arguments: [
    ("Thousands marched downtown, many of them chanting \u{201C}Love wins.\u{201D}", "Love wins.", "many of them"),
    ("The crowd cheered, with several people chanting \u{201C}Four more years!\u{201D}", "Four more years!", "several people"),
  ])
  func aParticipleAfterAShareOrPeopleIsTheirs(_ body: String, _ claim: String, _ speaker: String) throws {
    try expectClaim(claim, in: body, speaker: speaker)
  }

  /// A verb of boasting or complaining with its particle (`bragged about`, `boasted of`,
  /// `complained about`) reports what its object says it is proud or aggrieved of, as
  /// `talked about` does; not the particle itself.
  @Test(arguments: [("Okafor bragged about her record on jobs.", "her record on jobs", "Okafor"),
                    ("Lima boasted of the biggest crowds in the county.", "the biggest crowds in the county", "Lima"),
                    ("Residents complained about the noise from the port.", "the noise from the port", "Residents")])
  func aVerbOfBoastingOrComplainingReportsItsParticlesObject(_ body: String, _ claim: String, _ speaker: String) throws {
    try expectClaim(claim, in: body, speaker: speaker)
  }

  @Test(arguments: cases)
  func attributes(_ c: Case) throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n" + c.body)
    let quote = analysis.quote(startingWith: c.quote)
    #expect(quote != nil, "no quote starting with \(c.quote); found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: quote) == c.speaker)
    #expect(analysis.viaName(of: quote) == c.via)
    #expect(quote?.rule == c.rule)
  }

  /// What opens a sentence before its subject names nobody: a first word capitalised for
  /// its place alone, though no lowercase form of it is in the article (an adverb or
  /// interjection before a comma, a participle before an adverb), or a preposition's
  /// phrase with no verb before the first comma. The claims and quotes go to the person —
  /// and a first comma after the subject's own verb leaves the subject where it is.
  @Test(arguments: [
    ("Likewise, she went after the council and called for the chair to quit.", "the chair to quit"),
    ("Smiling broadly throughout her victory speech, she thanked the crowd. “Today, you proved that the harbour is our home.”", "Today, you proved"),
    ("By Sunday afternoon she had cancelled a rally in Leeds, Yorkshire, citing the storm.", "the storm"),
  ])
  func anOpeningNamesNobody(body: String, quote: String) throws {
    let analysis = try Fixture.analyse("The levy fight\n\nMaria Okafor chairs the harbour board.\n\n" + body)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: quote)) == "Maria Okafor")
    #expect(analysis.speakers.map(\.name) == ["Maria Okafor"])
  }

  /// A preposition's phrase of time or place alone before a cue's subject sets the scene:
  /// nothing was said (`In late September, the parents wrote to the board`).
  @Test func aPhraseOfTimeBeforeTheSubjectIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nIn late September, the parents wrote to the harbour board.")
    #expect(analysis.quotes.isEmpty, "\(analysis.quotes.map(analysis.text))")
  }

  /// A participle after a comma is no inverted cue: `…, talking about the levy` says what
  /// the subject was doing, and the levy said nothing.
  @Test(arguments: ["The mayor spoke for an hour in Truro, talking about the harbour levy.",
                    "Ana Lima said in a statement, calling on the council to act."])
  func aParticipleAfterACommaIsNoInvertedCue(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(!analysis.quotes.contains { $0.rule == .contentThenCueSubject }, "\(analysis.quotes.map(analysis.text))")
  }

  /// A verb of naming in the passive, or as a participle after the noun it names, says
  /// what something is called and by nobody in the sentence.
  @Test(arguments: ["The lanes that are otherwise called the “harbour detour” will close.",
                    "The lanes that are otherwise labeled the “harbour detour” will close.",
                    "Ferry logs recently labeled “confidential” by the port were released.",
                    "Ferry logs recently called “confidential” by the port were released.",
                    "In a box labeled “defects,” the inspector had written nothing."])
  func aVerbOfNamingInThePassiveIsNoClaim(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// A claimed or written object with no verb of its own is what was won or written, even
  /// where a passive participle qualifies a noun in it (`the party known as …`, `the address
  /// read by …`), which is no clause's verb.
  @Test(arguments: ["Ana Lima took the Kellburg seat, claiming a third term for the party known as the Harbour Bloc.",
                    "The clerk who wrote the address read by the mayor left the party in May."])
  func aPassiveParticipleInAClaimedObjectIsNoClause(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// An infinitive of speech an adjective governs after `it` and `be` (`It is too early to
  /// say whether …`, `it's hard to say`) reports no one's words; before a cue, the sentence
  /// is that speaker's (`…, Lima said`), and a person's adjective still speaks (`Lima was
  /// quick to say that …`).
  @Test func anInfinitiveOfSpeechAfterItIsAndAnAdjectiveReportsNoOne() throws {
    try expectNoQuotes(in: "It is too soon to say whether the ferry will run.")
    try expectNoQuotes(in: "It’s hard to say whether the ferry will run.")
    let analysis = try Fixture.analyse("Headline\n\nIt is too early to say whether the ferry will run, Ana Lima said. Omar Bell was quick to say that the levy would pass.")
    #expect(analysis.quotes.count == 2)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It is too early to say")) == "Ana Lima")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Omar Bell")
  }

  /// A past participle between a number and its noun (`nine reported cases`) says what kind
  /// of cases, and no one reported anything.
  @Test func aParticipleBetweenANumberAndItsNounIsNoCue() throws {
    try expectNoQuotes(in: "In Kellburg there were just nine reported cases of a ferry being stopped at sea.")
  }

  /// A greeting or a rite after a form of `say` is said, not claimed (`said goodbye to his
  /// staff`, `said a prayer`); a headline's too.
  @Test(arguments: ["Tom Harlan said goodbye to his staff on Friday.", "Ana Lima said thank you to the crew.",
                    "The ferry captain said a prayer for the crew.", "Couple who ran harbour diner say goodbye after 41 years"])
  func aGreetingOrARiteSaidIsNoClaim(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// A participle right after a verb's object qualifies the object, which is what was
  /// promised or called so, not who spoke (`paid the rebates promised to homeowners`).
  @Test(arguments: ["The ferry line paid the rebates promised to riders that the levy would cover.",
                    "The council will keep a fare scheme called the “harbour pass” that ends night discounts."])
  func aParticipleAfterAVerbsObjectIsNoCue(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// A participle's preposition and its object alone say where or for whom someone wrote:
  /// `writing for the majority` is no claim, nor `writing on his blog` set off before the
  /// sentence's verb (`urging voters to reject it` still is).
  @Test func aParticiplesPrepositionalPhraseAloneIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nJudge Ana Lima, writing for the majority in the 2-1 decision, said the harbour levy was lawful.")
    #expect(analysis.quotes.map(analysis.text) == ["the harbour levy was lawful"])
    let blog = try Fixture.analyse("Headline\n\nOmar Bell, writing on his blog, shared those sentiments.")
    #expect(blog.quotes.isEmpty, "\(blog.quotes.map(blog.text))")
    let urged = try Fixture.analyse("Headline\n\nOmar Bell criticised the levy, urging voters to reject it.")
    #expect(urged.quote(startingWith: "voters to reject it")?.rule == .participleContinuation)
  }

  /// Those a trailing `citing` names, with no verb of their own, are the report's source,
  /// not what the reporter said: the report alone is a claim (`citing voters who had given
  /// up` still is one).
  @Test func theSourcesATrailingCitingNamesAreNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe harbour board will sell the pier, the Coastal Times reported, citing two officials familiar with the talks.")
    #expect(analysis.quotes.map(analysis.text) == ["The harbour board will sell the pier"])
    let voters = try Fixture.analyse("Headline\n\nOmar Bell backed the levy, citing the many voters who had given up on the ferry.")
    #expect(voters.quote(startingWith: "the many voters")?.rule == .participleContinuation)
  }

  /// An `as` clause is no source's when its verb has an object (`As Lima demands a wall`,
  /// `as they call each other`), when it is set inside a clause (`the result, as he
  /// explained, was …`) or a conjunction follows it: its subject claims nothing there.
  @Test(arguments: [
    "As Ana Lima demands a new ferry, smugglers build tunnels under the harbour.",
    "The feud between Ana and Omar, as they call each other, has been a story of missed signals.",
    "The ferry, as Ana Lima later explained, was an economic bubble.",
    "Harbour workers backed the levy, as Ana Lima recommended, and watched it pass the council.",
  ])
  func anAsClauseThatIsNoSourcesClaimsNothing(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(!analysis.quotes.contains { $0.rule == .asClauseCue }, "\(analysis.quotes.map(analysis.text))")
  }

  /// `Residents saying they were never consulted have filed …`, `Voters who say … were
  /// divided`: a participle cue right after the subject that opens the sentence, or a
  /// relative clause's cue, qualifies the subject, and what it says ends where the
  /// sentence's own verb comes — past the verb of its clause and that verb's group, not at
  /// a verb of a clause it holds bare nor at a noun read as a verb. Set off by commas after
  /// the subject, it ends at the comma before that verb.
  @Test(arguments: [
    ("Residents saying they were never consulted have filed a complaint against the harbour board.", "they were never consulted"),
    ("Critics arguing that the levy is unfair have launched a petition.", "the levy is unfair"),
    ("A man claiming to be the owner told reporters the building was safe.", "to be the owner"),
    ("Fishermen saying the new quota would hurt them most marched to the harbour office.", "the new quota would hurt them most"),
    ("Residents saying they feared the plant would close gathered outside the mayor's office.", "they feared the plant would close"),
    ("Voters who say the economy is their top concern were evenly divided between the candidates.", "the economy is their top concern"),
    ("Voters who say they would be scared if the levy passed were polled in May.", "they would be scared if the levy passed"),
    ("A majority of those who said their top worry in a candidate was honesty supported Ana Lima.", "their top worry in a candidate was honesty"),
    ("The writer who wrote the speech delivered by the mother of one of the harbour victims says he will not vote for Lima.", "he will not vote for Lima"),
    ("Ana Lima, saying the levy was unfair, voted against it.", "the levy was unfair"),
  ])
  func aParticiplesClaimEndsBeforeTheSentencesVerb(body: String, claim: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: String(claim.prefix(12))))
    #expect(analysis.text(quote) == claim)
  }

  /// `reported, citing people familiar with the matter, that …`: a participle's words set off
  /// between the cue and its `that` are no part of the cue's content, which is the clause
  /// after `that` (and those cited, the report's source, are no claim).
  @Test(arguments: ["The Coastal Times reported last week, citing people familiar with the matter, that the port was in talks with Harbourline.",
                    "The Coastal Times said, citing people familiar with the matter, that the port was in talks with Harbourline."])
  func aParticipleSetOffBeforeThatLeavesTheCueItsClause(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.map(analysis.text) == ["the port was in talks with Harbourline"])
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the port was in talks")) == "Coastal Times")
  }

  /// `X, who has criticised Y, declared Z`: the relative clause's claim ends with its
  /// clause, and the sentence's own cue reports the rest, by the same speaker.
  @Test func aRelativeClausesClaimEndsWhereTheSentencesCueIs() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe radio host, who has long criticised the council, declared the mayor was a threat to the harbour.")
    let relative = try #require(analysis.quote(startingWith: "the council"))
    #expect(analysis.text(relative) == "the council")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the mayor was a threat")) == "The radio host")
  }

  /// `People who said A voted B`, `The man whose company revealed A has pleaded B`: a
  /// relative clause in the sentence's subject, with no commas, ends its claim at the main
  /// verb — past a clause of when or while inside the claim, whose verb is its own.
  @Test(arguments: [
    ("People who said the plan was fine while it was being built voted against it.", "the plan was fine while it was being built"),
    ("The man whose company revealed that Ana Lima used a private account while she was mayor has pleaded guilty to fraud.",
     "Ana Lima used a private account while she was mayor"),
  ])
  func aRelativeClauseInTheSubjectEndsItsClaimAtTheMainVerb(_ body: String, _ claim: String) throws {
    try expectClaim(claim, in: body)
  }

  /// `X, who said A, was B`: a relative clause's claim ends where the main clause's verb
  /// resumes after a comma, whatever that verb is, and whichever of the relative's verbs the cue is.
  @Test(arguments: [
    ("Ana Lima, a teacher from Dover, who said she backed the plan, was not at the meeting.", "she backed the plan"),
    ("The mayor, who has said the bridge is safe, will visit it on Monday.", "the bridge is safe"),
    // The relative's second verb, after `and`, is as much the relative's.
    ("Dana Ruiz, who ran for the council and has said the levy is unfair, was asked about the bridge.", "the levy is unfair"),
    ("The senator, who voted against the bill and has refused to back it, was asked about the vote.", "to back it"),
    // A comma that closes an aside inside the claim is not the relative's end.
    ("Ana Lima, who has said she left the firm after her son, Tomas, was born, will speak today.", "she left the firm after her son, Tomas, was born"),
    // A past after the comma the tagger may read as a participle is the main verb still.
    ("Dana Ruiz, who has argued that the bill goes too far, voted against it.", "the bill goes too far"),
    ("Ruiz, a moderate who argued last year that the bill goes too far, voted no.", "the bill goes too far"),
    // So is an irregular past the tagger reads as a base form after the relative's modal.
    ("Ana Lima, who suggested that the mayor could win, spoke last.", "the mayor could win"),
  ])
  func aRelativeClausesClaimEndsAtTheMainVerb(_ body: String, _ claim: String) throws {
    try expectClaim(claim, in: body)
  }

  /// `X said A about a body, which said B`: a body's (or a document's) `which` and its own
  /// verb of speech end the claim the body is named in, and B is the body's — where a
  /// preposition ties a place or an author to it too; after `according to` the source's
  /// relative clause is no part of the claim before it. (`which claimed responsibility`
  /// and `which first reported the story` end nothing: they may name no speech.)
  @Test(arguments: [
    ("The port disclosed the closures in a regulatory filing, which said most of the jobs would go from Truro.",
     "the closures in a regulatory filing", "most of the jobs would go from Truro", "a regulatory filing"),
    ("Police said the driver fled in a van registered to a firm in Halifax, which said it had sold the van in May.",
     "the driver fled in a van registered to a firm in Halifax", "it had sold the van in May", "a firm"),
    ("The mayor cited a report by the auditor, which said the city had overspent.", "a report by the auditor", "the city had overspent", "a report"),
    ("No one was hurt, according to Harbour Ferries, which said the crew put out the fire within minutes.",
     "No one was hurt", "the crew put out the fire within minutes", "Harbour Ferries"),
  ])
  func aBodysWhichAndItsVerbEndTheClaimItIsNamedIn(_ body: String, _ first: String, _ second: String, _ speaker: String) throws {
    try expectClaim(first, in: body)
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let relative = try #require(analysis.quote(startingWith: second))
    #expect(analysis.text(relative) == second)
    #expect(relative.speakerMention.map(analysis.article.substring) == speaker)
  }

  /// A clause of when with its own subject after the cue, then a `that`: the clause after the
  /// `that` is the one claim (`when I asked her about it` was one of its own).
  @Test func aClauseOfWhenWithItsSubjectBeforeThatIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nAna Lima said when I asked her about the levy that it was dead.")
    #expect(analysis.quotes.map(analysis.text) == ["it was dead"])
  }

  /// `declined to comment on the ruling` says nothing of the ruling.
  @Test func aRefusedCommentOnSomethingIsNoClaim() throws {
    try expectNoQuotes(in: "A port spokesman declined to comment on the ruling.")
  }

  /// A source's relative clause that runs to the sentence's end is nothing the source says.
  @Test func aSourcesRelativeClauseAtTheEndIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nWhat can towns do? Plenty, according to Ana Lima, who heads the Harbour Institute.")
    #expect(!analysis.quotes.contains { analysis.text($0).hasPrefix("who heads") }, "\(analysis.quotes.map(analysis.text))")
  }

  @Test func aBodysWhichWithACueThatMayNameNoSpeechEndsNothing() throws {
    try expectClaim("groups like the Harbour Front, which claimed responsibility for the fires, are recruiting online",
                    in: "Officials said groups like the Harbour Front, which claimed responsibility for the fires, are recruiting online.")
    let analysis = try Fixture.analyse("Headline\n\nThe council disclosed the deal to the Coastal Times, which first reported the story.")
    #expect(!analysis.quotes.contains { $0.speakerMention.map(analysis.article.substring)?.contains("Coastal Times") == true },
            "\(analysis.quotes.map(analysis.text))")
  }

  /// `…, the mayor said Tuesday, a day after the vote failed`: a time after the cue's comma
  /// says when it was said; the clause before the cue is the claim, not the whole sentence
  /// (as after a lead with no verb of its own: `The goal, Okafor said, is to …`).
  @Test(arguments: [
    ("The port will close its east dock, Mayor Ana Lima said Tuesday, a day after the levy vote failed.", "The port will close its east dock"),
    ("The council will review the fares, Okafor said, hours after riders marched on city hall.", "The council will review the fares"),
  ])
  func aTimeAfterAPostposedCuesCommaIsNoPartOfTheClaim(_ body: String, _ claim: String) throws {
    try expectClaim(claim, in: body)
  }

  /// `X said A, but Y said B`, `X said A and others have said B`, `X said A; Y said B`: a
  /// coordinator or a semicolon before another subject and its cue opens a clause of its own.
  @Test(arguments: [
    ("Okafor said the bridge was safe, but Lima said repairs were overdue.", "Lima"),
    ("Okafor said the bridge was safe and Lima said repairs were overdue.", "Lima"),
    ("Okafor said the bridge was safe and others have said repairs were overdue.", "others"),
    ("Six in 10 said the bridge was safe; 46 percent said repairs were overdue.", "46 percent"),
  ])
  func aSecondSpeakerAfterACoordinatorEndsTheFirstClaim(_ body: String, _ second: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let first = try #require(analysis.quote(startingWith: "the bridge was safe"))
    #expect(analysis.text(first) == "the bridge was safe")
    let overdue = try #require(analysis.quote(startingWith: "repairs were overdue"))
    #expect(overdue.speakerMention.map(analysis.article.substring) == second)
  }

  /// `doesn't` is the first claim's verb (the tagger reads it as `does`), so `and` before
  /// the next speaker ends that claim.
  @Test func aNegatedAuxiliaryGivesTheFirstClaimItsVerb() throws {
    let analysis = try Fixture.analyse("Headline\n\nOne in three said the council doesn't care and one in four said the council was hostile.")
    let first = try #require(analysis.quote(startingWith: "the council doesn't care"))
    #expect(analysis.text(first) == "the council doesn't care")
    let second = try #require(analysis.quote(startingWith: "the council was hostile"))
    #expect(second.speakerMention.map(analysis.article.substring) == "one in four")
  }

  /// A claim that ends inside a quote it opened keeps the closing mark (and the stop before
  /// it): what is shown and exported never leaves a quotation open.
  @Test(arguments: [("Okafor said the ferry would “run on time, every time.”", "the ferry would “run on time, every time.”"),
                    ("Lima said members were 'angry and determined'.", "members were 'angry and determined'"),
                    ("Okafor said the levy was \"a tax on the poor.\"", "the levy was \"a tax on the poor.\""),
                    ("After saying the crossing was “too rough to bear,” Okafor left the ferry.", "the crossing was “too rough to bear,”")])
  func aClaimEndingInAPartialQuoteClosesIt(_ body: String, _ claim: String) throws {
    try expectOnlyClaims([claim], in: body)
  }

  /// `the cost — more than $5 million — and the delay called for …`: an aside between
  /// dashes inside the content is passed over, as if it were not there, when the content
  /// asks what its coordinator joins — a noun before the aside joins the next noun; the
  /// verb after them is the clause's, not another speaker's.
  @Test(arguments: [
    ("Ruiz said the cost — more than $5 million — and the delay called for a new plan.", "the cost — more than $5 million — and the delay called for a new plan"),
    ("The board asked for a delay, arguing that the cost -- more than $5 million -- and the risk demanded a review.",
     "the cost -- more than $5 million -- and the risk demanded a review"),
  ])
  func anAsideBetweenDashesInTheContentLeavesItsCoordinatorInside(_ body: String, _ claim: String) throws {
    try expectOnlyClaims([claim], in: body)
  }

  /// A comma inside a closing mark (`dust,”`) ends a claim where a comma after it would: before
  /// a coordinator and another cue's subject (restated by a name between commas or not),
  /// before a past tense with no subject that goes on with the speaker's predicates, and at
  /// the end of a clause fronted before the sentence's subject.
  @Test(arguments: [
    ("The council said the cap “would turn land into dust,” and its president, Lyle Hammond, urged senators to reject it.",
     ["the cap “would turn land into dust,”", "senators to reject it"]),
    ("The council said the cap would ruin farms, and its president, Lyle Hammond, urged senators to reject it.",
     ["the cap would ruin farms", "senators to reject it"]),
    ("Bell said in a note that the cut “raises questions,” and lowered his target to $42.", ["the cut “raises questions,”"]),
    ("Bell said the cut raises questions, and lowered his target to $42.", ["the cut raises questions"]),
    ("When the mayor says the lanes will “pay for themselves,” she is making a promise.", ["the lanes will “pay for themselves,”"]),
  ])
  func aCommaInsideAClosingMarkEndsTheClaimBeforeAClauseOrPredicate(_ body: String, _ claims: [String]) throws {
    try expectOnlyClaims(claims, in: body)
  }

  /// What a postposed cue reports is the whole clause before it, though it holds another
  /// cue: one in a clause of circumstance after the sentence's own verb (whose claim stays,
  /// nested), or an infinitive's that runs to the cue's comma, one act of those reported.
  @Test(arguments: [
    ("Officers were called to the pier after a woman reported that her neighbour had forced his way in, according to a police news release.",
     ["Officers were called to the pier after a woman reported that her neighbour had forced his way in", "her neighbour had forced his way in"]),
    ("The man barricaded himself inside and threatened to harm himself, Lt. Ana Lima told reporters.",
     ["The man barricaded himself inside and threatened to harm himself"]),
  ])
  func aPostposedCueReportsTheWholeClauseBeforeIt(_ body: String, _ claims: [String]) throws {
    try expectOnlyClaims(claims, in: body)
  }

  /// `called it "X" and said Y`: a second speech verb sharing the subject ends the first
  /// claim and reports a claim of its own, by the same speaker.
  @Test(arguments: [
    ("Okafor called the survey “a fine piece of work” and said the bridge would reopen in May.", "the survey “a fine piece of work”", "the bridge would reopen in May"),
    ("Okafor said the bridge was safe but has conceded that repairs were overdue.", "the bridge was safe", "repairs were overdue"),
    ("Okafor praised the engineers and vowed to reopen the bridge by May.", "the engineers", "to reopen the bridge by May"),
  ])
  func aCoordinatedSpeechVerbEndsTheFirstClaim(_ body: String, _ first: String, _ second: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.map(analysis.text) == [first, second])
    #expect(analysis.quotes.map { analysis.speakerName(of: $0) } == ["Okafor", "Okafor"])
  }

  /// `UPDATE:` before a paragraph labels an editor's note, not a speaker's turn: a word the
  /// tagger's data knows as a common noun, named nowhere else in the article.
  @Test func aNoteLabelIsNoSpeaker() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe council met on Monday.\n\nUPDATE: The council has removed the listing from its site since then.")
    #expect(!analysis.speakers.contains { $0.name == "UPDATE" }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A capitalised speech word after a capitalised word, in a sentence written in
  /// sentence case, is part of a name (`the United States funds …`: no verb `states`); a
  /// title-case headline's (`Mayor Lima Says …`) is still the cue.
  @Test func aCapitalisedSpeechWordInsideANameIsNoCue() throws {
    let body = try Fixture.analyse("Headline\n\nAna Lima released a statement, insisting that the United States “must stop treating the port like a colony.”")
    #expect(!body.speakers.contains { $0.name == "United" }, "speakers \(body.speakers.map(\.name))")
    let headline = try Fixture.analyse("Mayor Ana Lima Says Bridge Will Reopen Before Winter\n\nAna Lima met the council on Monday.")
    #expect(headline.speakerName(of: headline.quote(startingWith: "Bridge Will Reopen")) == "Ana Lima")
  }

  /// A hyphenated adjective inside a relay's source (`the council-aligned harbour.com`) is
  /// part of the phrase, even where the tagger reads a participle.
  @Test(arguments: ["council-aligned", "state-owned", "union-backed"])
  func aHyphenatedAdjectiveStaysInTheRelaysSource(_ adjective: String) throws {
    let analysis = try Fixture.analyse("""
      Headline

      Similarly, according to the \(adjective) harbour.com, port chair Ana Lima remarked during a Thursday radio interview that the levy would pass.
      """)
    let quote = analysis.quote(startingWith: "the levy would pass")
    #expect(analysis.speakerName(of: quote) == "Ana Lima")
    #expect(analysis.viaName(of: quote) == "harbour.com")
  }

  /// A speech verb's base form that the tagger reads as a noun is no cue (`an open question`,
  /// `a four-way contest`, `a fundraising call`) or as a noun before another (`a press
  /// briefing`) or before a relative clause (`a report that could …`, `the foul call that
  /// sent …`), nor a plural one whose `that` is the subject of a relative clause (`remarks
  /// that were featured`, `states that have suffered`), or after an adjective (`Western
  /// states`); nor is a verb in a comparison (`easier said than done`), nor a participle
  /// after a degree adverb (`the eighth most cited scholar`).
  @Test(arguments: ["The council faces an open question about the levy on Monday.",
                    "The race became a four-way contest among the harbour's factions.",
                    "The campaign sent a fundraising call following the remarks.",
                    "Okafor held an impromptu press briefing to brag that the levy had passed.",
                    "The auditor is preparing an additional report that could touch on the levy.",
                    "Rebuilding the bridge is easier said than done in a city this size.",
                    "Voters heard his remarks that were featured on the harbour's radio station.",
                    "Voters went to the polls in Rust Belt states that have suffered from the loss of jobs.",
                    "The race now moves to Western states this week that Okafor is counting on winning.",
                    "Much will depend on the other early voting states that precede it on the calendar.",
                    "The fund raised its forecast by 0.2 percentage points to 3.1 percent.",
                    "The checkers rated 30% of Republican claims as false compared to 12% of Liberal claims.",
                    "Her appointment sends a strong signal that abuse in the department will not be tolerated.",
                    "Parents are suffering this kind of combat-level stress daily as they care for sick children.",
                    "By one index Professor Okafor is the eighth most cited scholar of all time.",
                    "Strong showings in the dozen states that held primaries strengthened the prospect of a rematch.",
                    "The campaign was a sustained clarion call for grassroots democracy.",
                    "Asked about the foul call that sent his star to the bench, the coach shrugged.",
                    "The race was a four-way contest that split the harbour's voters.",
                    // A participle between a quantifier and its noun modifies the noun.
                    "Forty-three percent of all reported contributions to candidates have come from women.",
                    // A story told by someone in the passive, a clause set off after the agent.
                    "A different story was being told by the Harbour Times, which ran a photo of the pier."])
  func aSpeechWordTheTaggerReadsAsANounIsNoCue(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// The tagger reads `calls` after a noun as a plural too: with no verb before it in its
  /// clause, it is the verb (a guard for the row of `percentage points to` above).
  @Test(arguments: ["To please the party, his plan calls for rates that rise with earnings.", "The rare accord calls on all nations to limit emissions."])
  func aPhrasalSpeechVerbIsTheClausesVerbWhenItHasNoOther(_ sentence: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    #expect(analysis.quotes.count == 1)
  }

  /// A clause of condition after a cue's prepositional phrase is no part of what was said
  /// (`warned of grave consequences if …`).
  @Test func aClauseOfConditionAfterACuesPhraseIsNoContent() throws {
    try expectNoQuotes(in: "The ministry warned of grave consequences if the ship was not freed.")
  }

  /// What was said goes on past a role set off after the name that opens it, to that name's
  /// own verb and what it reports (`said Omar Bell, the mayor's chief of staff, told her …`).
  @Test func aRoleSetOffAfterTheContentsOpeningNameEndsNoContent() throws {
    try expectClaim("Omar Bell, the mayor's chief of staff, told her that the plan was dead", in: "Ana Lima said Omar Bell, the mayor's chief of staff, told her that the plan was dead.")
  }

  /// After a comma, a verb of saying before a phrase that names nothing that may speak is a
  /// second predicate, its object after it (`…, vows court fight over levy`), in a headline
  /// or a sentence; a document still speaks so (`…, warns new report`).
  @Test(arguments: ["Port authority scraps fare plan, vows court fight over levy\n\nThe board met on Monday.",
                    "Port authority scraps fare plan, promises legal challenge\n\nThe board met on Monday."])
  func aSecondPredicateAfterACommaIsNoInvertedCue(_ text: String) throws {
    let analysis = try Fixture.analyse(text)
    #expect(analysis.quotes.allSatisfy { !["court fight", "legal challenge"].contains(analysis.speakerName(of: $0)) },
            "found \(analysis.quotes.map { (analysis.text($0), analysis.speakerName(of: $0) ?? "none") })")
  }

  @Test func aDocumentAfterACommaAndAVerbOfSayingSpeaks() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe city will close the bridge, warns new report.")
    let quote = try #require(analysis.quote(startingWith: "The city will close the bridge"))
    #expect(analysis.speakerName(of: quote) == "new report")
  }

  /// Words before a postposed cue's subject with no verb in any form are when or how the
  /// subject spoke, not what was said (`Then, last week, Eric Trump called.`).
  @Test(arguments: ["Then, last week, Omar Bell called.", "Earlier this week, senior councillors on the harbour board wrote."])
  func wordsWithNoVerbBeforeTheSubjectAreNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// A weak cue reports a quote that follows it, but not one a participle after a comma
  /// opens (`posted a comment of her own, saying, "…"`): the object is no claim.
  @Test func aQuoteAfterAParticipleIsNotTheWeakCuesContent() throws {
    let analysis = try Fixture.analyse("Ferries\n\nAna Lima immediately posted a comment of her own, saying, “We are so pleased.”")
    #expect(analysis.quote(startingWith: "a comment") == nil, "\(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We are so pleased")) == "Ana Lima")
  }

  /// A first person outside quotes is the article's own voice: what it asks or says is
  /// reported speech by the article's author (one unnamed speaker, whose mentions are its
  /// `I` and `we`), and it lends no speaker to the quote after it.
  @Test func theArticlesOwnVoiceIsItsAuthor() throws {
    let analysis = try Fixture.analyse("Ferries\n\nWe asked our readers which ferry they take to work.\n\nI asked Ana Lima whether the ferry would run. “It will run on time.”")
    let asked = try #require(analysis.quote(startingWith: "which ferry they take"), "\(analysis.quotes.map(analysis.text))")
    #expect(asked.rule == .subjectCueContent)
    let author = try #require(asked.speaker.map { analysis.speakers[$0] })
    #expect(author.name == "the author" && author.kind == .unnamed && author.mentions.count == 2)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "whether the ferry would run")) == "the author")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It will run")) == "Ana Lima")
  }

  /// A clause fronted after a phrase of time (`Last month, when I asked …,`) ends its claim
  /// at its comma, before the sentence's own clause.
  @Test func aFrontedClausesClaimEndsAtItsComma() throws {
    let analysis = try Fixture.analyse("Ferries\n\nLast month, when I asked Omar Bell if he would run, he looked straight at the camera.")
    #expect(analysis.quotes.map(analysis.text) == ["if he would run"])
  }

  /// A conjunction right after a cue goes on with what the subject did: nothing was said
  /// (`clapping, singing, chanting and waving red balloons`).
  @Test func aConjunctionAfterTheCueIsNoClaim() throws {
    try expectNoQuotes(in: "Party supporters gathered outside the harbour office, clapping, singing, chanting and waving red balloons.")
  }

  /// `a statement from the office that handles grain`: a relative clause after the one a
  /// speech noun came from says what that one does, not what was said.
  @Test func aRelativeClauseAfterASpeechNounsSourceIsNoClaim() throws {
    try expectNoQuotes(in: "Okafor issued a statement from the office that handles grain exports.")
  }

  /// A second speech verb after `and` — past a cue's modifier too (`and later said`) — ends
  /// what the first one reported: two claims, each whole.
  @Test func aSecondSpeechVerbAfterAndAModifierEndsTheFirstClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nOkafor said the ferry would run all winter, and later said the fares would rise.")
    #expect(analysis.quotes.map(analysis.text) == ["the ferry would run all winter", "the fares would rise"])
  }

  /// `that` before a preposition's phrase with no verb after it stands for what was said
  /// before (`proposed just that in 2013`): nothing is said there.
  @Test func thatBeforeAPhraseWithNoVerbIsNoClaim() throws {
    try expectNoQuotes(in: "In fact, Councillor Omar Bell proposed just that in 2013.")
  }

  /// No clause starts at a month named like a modal (`in late May`), at a preposition's
  /// object (`projected along these lines does …`), or at a capitalised speech word read
  /// as a name's (`some low-level State employees could …`).
  @Test(arguments: ["Okafor spoke to Harbour Radio in late May.",
                    "A future projected along these lines does not look promising.",
                    "Some low-level State employees could get a warning."])
  func noClauseStartsInsideAPhrase(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// Words without a verb or quote before a name set off by commas are the name's role or
  /// the scene, not a claim: `The union's general secretary, Ana Lima, warned of strikes`.
  @Test(arguments: ["The dockers' union general secretary, Ana Lima, warned of further strikes.",
                    "Dashing into a closed-door meeting of the council, Mayor Ana Lima, Labour member for Leeds, called over her shoulder."])
  func aRoleBeforeANamesCommasIsNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `continue` before a gerund says an action goes on, and reports nothing (`continue
  /// calling himself a Democrat`), though `…, he continued` closes a quote.
  @Test(arguments: ["Will the harbour master, who has run as an independent, continue calling himself a Liberal?",
                    "Okafor continued urging the council to drop the levy."])
  func continueBeforeAGerundReportsNothing(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// A verb whose listener comes before its infinitive, with none there, is passive: its
  /// subject was the one urged or told, and reports nothing.
  @Test(arguments: ["Ministers urged to act as hospital waiting lists hit record high."])
  func aPassiveVerbOfTellingReportsNothing(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `questioned the student`: a verb of questioning with a person for object asked the
  /// questions, and reports nothing (`questioned the decision` states a stance; the
  /// attribution table holds it).
  @Test(arguments: ["Police arrested and questioned the student.", "Harbour police questioned two teenagers on Friday.",
                    // Nor does one who rules, finding a thing or a verdict.
                    "The judge found the keys in her car.", "The jury found him guilty on Friday.",
                    "A federal judge found that levy unconstitutional, but the ruling was overturned.",
                    // `put it` outside an `as` clause is no cue.
                    "Ana Lima put it on the table and left."])
  func questioningAPersonReportsNothing(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `press secretary Ana Lima`: a base form before a title and a name is the title's first
  /// word, not a cue (`In a statement` was its content).
  @Test func aBaseFormBeforeATitleAndANameIsNoCue() throws {
    let analysis = try Fixture.analyse("Headline\n\nIn a statement, press secretary Ana Lima said the port was relieved.")
    #expect(analysis.quotes.map(analysis.text) == ["the port was relieved"])
    #expect(analysis.speakerName(of: analysis.quotes.first) == "Ana Lima")
  }

  /// `Per capita` opens no source, though `Per the filing,` does.
  @Test func perCapitaIsNoSource() throws {
    try expectNoQuotes(in: "Per capita income in the harbour towns rose, and rents fell.")
  }

  /// A verb after a thing introduced at a sentence's end modifies it: `…, a plan announced
  /// earlier this year` says nothing was said.
  @Test func aParticipleAfterAThingsNounIsNoCue() throws {
    try expectNoQuotes(in: "The port will keep screening ships in Lagos and Tema for safety, a plan announced earlier this year.")
  }

  /// A time and a clause's `after` are no subject with its preposition (`wrote last
  /// October after the council published …` reports nothing of the writer's; a guard).
  @Test func aTimeBeforeAClausesAfterIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n“Just do it,” he wrote last October after the council published a report on the harbour.")
    #expect(!analysis.quotes.contains { analysis.text($0).hasPrefix("last October") }, "\(analysis.quotes.map(analysis.text))")
  }

  /// A phrasal cue's word read as a noun after a determiner and a modifier is a noun (`as a
  /// wake-up call for …`, `an impassioned call for …`): no one calls, and no modifier speaks.
  @Test(arguments: ["Treating the flood as a wake-up call for the coastal towns, Okafor asked councils to rebuild the dykes.",
                    "The pastor gave an impassioned call for unity on Wednesday."])
  func aPhrasalCuesNounAfterAModifierIsNoCue(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n" + body)
    #expect(!analysis.quotes.contains { ["a wake-up", "an impassioned"].contains(analysis.speakerName(of: $0)) }, "\(analysis.quotes.map(analysis.text))")
  }

  /// An infinitive cue after a verb's object is the object's to say (`paid the consultants
  /// to say …`): no claim of the subject's (a guard).
  @Test func anInfinitiveCueAfterAVerbsObjectIsNotTheSubjects() throws {
    let analysis = try Fixture.analyse("Headline for the test\n\nOkafor paid the consultants to say the port was safe.")
    #expect(!analysis.quotes.contains { analysis.speakerName(of: $0) == "Okafor" }, "\(analysis.quotes.map(analysis.text))")
  }

  /// A stance verb's bare noun object is reported, but a time after it is no object
  /// (`mentioned yesterday`), nor is a name with no reason after it (`endorsed Lima on
  /// Monday`): both guards.
  @Test(arguments: ["The council mentioned yesterday in passing.", "The union endorsed Ana Lima on Monday."])
  func aTimeOrANameAloneAfterAStanceVerbIsNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `echoed that criticism in the chamber`: a `that` before a noun with no verb after it is
  /// the object's determiner, not the opener of a clause, and the object is what the stance
  /// verb reports.
  @Test(arguments: [("Lisa Raitt echoed that criticism in the council chamber on Monday.", "that criticism"),
                    ("The mayor rejected that claim at a news conference.", "that claim"),
                    ("The mayor rejected that characterization later in the evening.", "that characterization")])
  func thatBeforeANounWithNoVerbIsItsDeterminer(_ sentence: String, _ object: String) throws {
    let analysis = try Fixture.analyse("Headline for the test\n\n" + sentence)
    #expect(analysis.quotes.map(analysis.text).allSatisfy { $0.hasPrefix(object) }, "\(analysis.quotes.map(analysis.text))")
    #expect(analysis.quotes.count == 1)
  }

  /// `add` and `claim` report a clause, a quote or `that` (`claim` an infinitive too), never
  /// an object: `added 18 points`, `added another link to the chain`, `claimed victory`,
  /// `claimed 41 percent of the vote` say what was added or won, not what was said; nor
  /// do `write`, `tweet` and `concede` with an object and no verb (`wrote the letter`,
  /// `tweeted a photo`, `conceded the race`) — a verb after `and` goes on with the subject's
  /// doings (`wrote the letter and then mailed it`).
  @Test(arguments: ["Omar Bell added 18 points and 11 assists for Harbour City.",
                    "Social media has added another link to the misinformation chain.",
                    "The port added 160 security staff along the route, up from 90 last year.",
                    "Ana Lima claimed her third victory in the string of ward contests.",
                    "Lima claimed 41 percent of the vote to Bell’s 33 percent.",
                    "Omar Bell wrote the letter on Feb. 2 to the port's legal adviser.",
                    "Ana Lima tweeted a photograph of her bruised forearm on Sunday.",
                    "Omar Bell is conceding the race in a phone call with Ana Lima.",
                    "Omar Bell wrote the letter and then mailed it to the port's legal adviser.",
                    "Ana Lima conceded the race and congratulated Omar Bell on his win."])
  func anObjectOfAddOrClaimIsNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// Verbs that report only a clause, a quote or `that` after them name what they are
  /// about when an object or a preposition follows: `repeated the figures`, `wondered
  /// about the cost`, `hinted at a run` say what was repeated or hinted at, not what was said.
  @Test(arguments: ["Ana Lima repeated the figures to the council on Monday.",
                    "Okafor wondered about the cost of the east dock.",
                    "Omar Bell clarified his position on the levy.",
                    "Harbour Freight is set to report its quarterly earnings on Wednesday."])
  func anObjectOfAVerbThatReportsOnlyAClauseIsNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// What `claim` reports is a clause all the same when the tagger reads its verb as a
  /// participle after its noun, or when the verb is contracted with its subject.
  @Test(arguments: [("Organisers claimed nearly 400 delegates and alternates participated.", "nearly 400 delegates"),
                    ("Lima claims he's worth $10 billion.", "he's worth")])
  func aClaimsClauseIsAClaimWhateverItsVerbReadsAs(_ sentence: String, _ content: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    #expect(analysis.quote(startingWith: content) != nil, "found \(analysis.quotes.map(analysis.text))")
  }

  /// A verb that needs its listener first reports nothing with a comma right after it (`All
  /// told, …` sums up).
  @Test func aTellVerbBeforeItsCommaReportsNothing() throws {
    try expectNoQuotes(in: "All told, the groups spent more than $2.5 million on phone banking.")
  }

  /// `call` names or describes (`a unit called the Sea Org`, `called the plan a disaster`);
  /// it never reports a clause: `the church called the Sea Org was arrested` is no claim of
  /// the church's, and the sentence's own cue gives it its speaker.
  @Test func aClauseAfterCallIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nA former member of a unit within the church called the Sea Org was arrested on Thursday, his lawyer said.")
    #expect(analysis.quotes.count == 1)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "A former member")) == "his lawyer")
  }

  /// `a company called Sansun USA, owned by …, sold …`: a participle `called` after a noun
  /// that `a` introduces names it, though an aside stands between the name and the
  /// clause's verb; a speaker calling someone something (`one lawmaker called Bell …`,
  /// however the tagger reads `called`) makes a claim.
  @Test(arguments: ["A company called Harbourline USA, owned by Omar Bell, sold the car lot for $510,000.",
                    "A new group called Harbour Votes Matter, led by strategists based in Leeds, is trying to raise money."])
  func aNounCalledANameIsNoClaimPastAnAside(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  @Test(arguments: ["That proposal prompted a debate; one lawmaker called Bell \"the orange prince of self-publicity.\"",
                    "Lima's campaign called Harbour Radio's report a \"rush to judgment,\" because delegates can change their minds."])
  func aSpeakerCallingANameSomethingIsAClaim(_ sentence: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    #expect(analysis.quotes.count == 1)
    #expect(analysis.quotes.first.flatMap(analysis.speakerName(of:)) != "Bell")
  }

  /// A currency sign before a number and a per cent sign after one belong to the claim:
  /// they are the number's, not punctuation at its edge.
  @Test(arguments: [("The council pledged $2 billion for transit.", "$2 billion for transit"),
                    ("The mayor said support had fallen to 40%.", "support had fallen to 40%")])
  func aNumbersSignsStayInTheClaim(_ sentence: String, _ claim: String) throws {
    try expectOnlyClaims([claim], in: sentence)
  }

  /// A name after `from` inside a clause is where something went, not who speaks after
  /// the colon: `remove the video from the Internet: "…"` quotes the blogger.
  @Test func aNameAfterFromInsideAClauseIntroducesNoQuote() throws {
    let analysis = try Fixture.analyse(
      "Headline\n\nAna Lima, a blogger, described the church's effort to remove the video from the Internet: \"It is a war the church has waged for fifteen years.\"")
    #expect(analysis.speakers.map(\.name) == ["Ana Lima"])
  }

  /// `After calling the church by phone, …` is a telephone call, not a claim.
  @Test func callingSomeoneAfterAPrepositionIsNoClaim() throws {
    try expectNoQuotes(in: "After calling the harbour office by phone to ask for his mother, Omar Bell was put through to a lawyer.")
  }

  /// A dash after a quote signs it with a name, never a clause: `(pronounced "Vilt-two" —
  /// the discoverer was German, I believe)` is no quote of `German`.
  @Test func aClauseAfterAQuotesDashIsNoSignature() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe rock is called Kelda (pronounced “Kelta” — the finder was Danish, I believe).")
    #expect(!analysis.quotes.contains { $0.rule == .quoteDashSource }, "found \(analysis.quotes.map { analysis.speakerName(of: $0) ?? "none" })")
  }

  /// A headline's format label (`Q&A:`, `Analysis:`) names nobody: what follows its colon
  /// is the story's subject, not a claim; so is a title after a name, a noun phrase with no
  /// verb (`Ana Lima: An Interview with …`), and a common noun the article names nowhere
  /// else (`Tuesday’s Morning Email:`, a newsletter's name).
  @Test(arguments: ["Q&A: The new harbour master on tolls, budgets and cameras",
                    "Analysis: Why the harbour levy keeps failing at the ballot box",
                    "Tuesday’s Morning Email: President Okafor’s Last State Of The Harbour",
                    "Ana Lima: An Interview with the Harbour Poet, Wednesday, October 3"])
  func aHeadlinesFormatLabelIsNoSource(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nThe council met on Monday.")
    #expect(analysis.quotes.isEmpty, "found \(analysis.quotes.map(analysis.text))")
  }

  /// A headline's topic (`Brexit:`) that the body puts after an article (`a no-deal Brexit`)
  /// is a thing, no source; a name the body gives a person still is one.
  @Test func aHeadlinesTopicTheBodyNamesAsAThingIsNoSource() throws {
    let topic = try Fixture.analyse("Portexit: Council split deepens\n\nThree councillors threatened to quit over a no-deal Portexit.")
    #expect(!topic.quotes.contains { $0.rule == .headlineSourceColonClaim }, "found \(topic.quotes.map(topic.text))")
    let person = try Fixture.analyse("Okafor: The levy is fair\n\nMayor Dana Okafor defended the levy on Monday.")
    #expect(person.quotes.contains { $0.rule == .headlineSourceColonClaim && person.speakerName(of: $0) == "Dana Okafor" }, "found \(person.quotes.map(person.text))")
  }

  /// What the words were said in, at the content's end (`in a statement`, `in a post on
  /// Friday`, `in an interview with Harbour Radio`), is the cue's, no part of what was said;
  /// a record the words are about (`in the polls`) is.
  @Test(arguments: [
    ("Ana Lima criticized the delay in a statement.", "the delay"),
    ("Ana Lima confirmed she was aboard the ferry in a post on Friday.", "she was aboard the ferry"),
    ("Ana Lima said the port would reopen in an interview with Harbour Radio.", "the port would reopen"),
    ("Ana Lima said the levy was hurting her in the polls.", "the levy was hurting her in the polls"),
  ])
  func theMediumAtTheContentsEndIsTheCues(_ body: String, _ claim: String) throws {
    try expectOnlyClaims([claim], in: body)
  }

  /// `Not long after Lima tweeted the quote, Okafor asked her about it`: a clause of when or
  /// why alone before the subject is the setting, not what was said — though two clauses
  /// there are (`After Lima bought the jet she made changes, records show`).
  @Test func aClauseOfWhenAloneBeforeTheSubjectIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nNot long after Lima tweeted the quote, Okafor asked her about the levy.")
    #expect(!analysis.quotes.map(analysis.text).contains { $0.hasPrefix("Not long") }, "found \(analysis.quotes.map(analysis.text))")
    let two = try Fixture.analyse("Headline\n\nAfter Lima bought the jet in 2011 she made a number of changes, records show.")
    #expect(two.quotes.map(two.text) == ["After Lima bought the jet in 2011 she made a number of changes"])
  }

  /// A quote alone after a headline's colon is what was said, never who said it: the words
  /// of the name that is the verb's subject before the colon.
  @Test(arguments: ["Ana Lima heckles levy backers: ‘You are wrong.’", "Ana Lima Hammers Harbour Board: ‘You Should Resign Today’"])
  func aQuoteAfterAHeadlinesColonIsTheSubjectsWords(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nMayor Ana Lima spoke on Friday after the vote.")
    let headline = analysis.quotes.filter(\.inHeadline)
    #expect(headline.map(analysis.text).map { $0.hasPrefix("You") } == [true], "found \(headline.map(analysis.text))")
    #expect(headline.map(analysis.speakerName) == ["Ana Lima"])
  }

  /// In a headline, `as` and a clause set the scene of what was said, no part of it.
  @Test(arguments: ["Lima vows to scrap ferry levy as rivals defend it", "Lima Vows to Scrap Ferry Levy as Rivals Defend It"])
  func aHeadlinesAsClauseIsNoPartOfTheClaim(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nThe council met on Monday. Ana Lima spoke.")
    let quote = try #require(analysis.quotes.first, "found nothing")
    #expect(analysis.text(quote).lowercased() == "to scrap ferry levy", "found \(analysis.quotes.map(analysis.text))")
  }

  /// Headlines drop the auxiliary of a progressive or a passive (`Staffing shortage putting
  /// patients at risk, nurses say`): before a closing cue, a noun and a participle are the
  /// clause that was said.
  @Test(arguments: ["Staffing shortage putting patients at risk, nurses say", "Ferry service cut to two sailings a day, operator says"])
  func aHeadlinesClauseWithoutItsAuxiliaryIsWhatWasSaid(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nThe council met on Monday.")
    let headlineQuote = analysis.quotes.first(where: \.inHeadline)
    let quote = try #require(headlineQuote, "found \(analysis.quotes.map(analysis.text))")
    #expect(headline.hasPrefix(analysis.text(quote)))
  }

  /// A headline's source may be a document's or a group's noun alone (`Poll:`, `Insiders:`)
  /// before a clause; a noun that names nobody (`Health:`) is a section's label.
  @Test(arguments: [("Poll: Lima and Okafor hold narrow leads in Kent", "Poll"), ("Insiders: Lima will rebound in Kent", "Insiders"),
                    ("Health: Lima will rebound in Kent", nil)])
  func aHeadlinesSourceNounSpeaks(_ headline: String, _ speaker: String?) throws {
    let analysis = try Fixture.analyse(headline + "\n\nThe council met on Monday.")
    let quote = analysis.quote(startingWith: "Lima")
    #expect(speaker == nil ? quote == nil : analysis.speakerName(of: quote) == speaker, "found \(analysis.quotes.map(analysis.text))")
  }

  /// A dateline is where the story was filed, no part of what its first sentence reports.
  @Test func aDatelineIsNoPartOfTheContentBeforeACue() throws {
    let analysis = try Fixture.analyse("Headline\n\nHARBOUR CITY — A man has been charged with theft after a fight, police said.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "A man has been charged")) == "police")
  }

  @Test func aClauseAfterAddIsAClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nOmar Bell added the levy would pass next week.")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "the levy would pass")) == "Omar Bell")
  }

  /// A proportion of people polled speaks, its numbers in digits or words, and the phrase
  /// starts at its first number (`The study found six in 10 said …`); so do a share (`a
  /// third`) and an age group (`those over 60`).
  @Test(arguments: [("Nine in 10 said the levy favors the wealthy.", "Nine in 10"),
                    ("The study found six in 10 said the levy favors the wealthy.", "six in 10"),
                    ("The town was split, while eight in 10 said the levy favors the wealthy.", "eight in 10"),
                    ("Two in three said the levy favors the wealthy.", "Two in three"),
                    ("Among the owners, one in four said the levy favors the wealthy.", "one in four"),
                    ("Nearly nine out of 10 say the levy favors the wealthy.", "nine out of 10"),
                    ("Already, 520 delegates back the plan, and 39 have said the levy favors the wealthy.", "39"),
                    ("Those over 60 say the levy favors the wealthy.", "Those over 60")])
  func aProportionOfPeoplePolledSpeaks(_ sentence: String, _ mention: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + sentence)
    let quote = try #require(analysis.quote(startingWith: "the levy favors the wealthy"))
    #expect(quote.speakerMention.map(analysis.article.substring) == mention)
  }

  /// A share after `a` or a number word speaks, whatever the tagger reads its verb as.
  @Test func aShareOfThoseAskedSpeaks() throws {
    let analysis = try Fixture.analyse("Headline\n\nNearly a third say they do not know.")
    let quote = try #require(analysis.quote(startingWith: "they do not know"), "found \(analysis.quotes.map(analysis.text))")
    #expect(quote.speakerMention.map(analysis.article.substring) == "a third")
  }

  /// A lone first word before a colon is a label when the tagger's data knows it as a
  /// common word (`Breaking:`, `Revealed:`), and so is a superlative alone (`The Latest:`,
  /// a news agency's series), not a source's name.
  @Test(arguments: ["Breaking: Mayor Ana Lima Just Gave the Port Some Bad News", "Revealed: What the Port Plan Would Cost the City",
                    "The Latest: Mayor to open the bridge before winter"])
  func aLabelBeforeAHeadlinesColonIsNoSource(_ headline: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nAna Lima met the council on Monday.")
    let label = String(headline.prefix { $0 != ":" })
    #expect(!analysis.speakers.contains { label.hasSuffix($0.name) }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// `Name: claim` in a headline needs the left side to be the name (a title or role may
  /// stand before it): `Stealth Over Budget: …` is a title-case phrase, not a source.
  /// So may the name before to whom, where or of what they spoke, when the article knows
  /// it for a person or body (`Back to School: …` names nobody) — and a claim after it
  /// with a cue of its own is the name's all the same.
  @Test(arguments: [("Stealth Over Budget: Mayor Was Told of the Overrun in May", nil),
                    ("Ana Lima: The Bridge Board Asked Me to Drop the Levy", "Ana Lima"),
                    ("Ana Lima: The Bridge Will Open to Traffic in May", "Ana Lima"),
                    ("Mayor Ana Lima: The Bridge Will Open to Traffic in May", "Ana Lima"),
                    ("Lima to Harbour Workers: The Bridge Will Open to Traffic in May", "Ana Lima"),
                    ("Ana Lima at Council: The Bridge Will Open to Traffic in May", "Ana Lima"),
                    ("Lima on the Levy Vote: The Bridge Will Open to Traffic in May", "Ana Lima"),
                    ("Back to School: The Bridge Will Open to Traffic in May", nil),
                    // A plural owner's apostrophe before a surname alone parts them: the team is no part of the name.
                    ("Rovers' Lima: The Bridge Will Open to Traffic in May", "Ana Lima")])
  func aHeadlineSourceBeforeAColonIsAName(_ headline: String, _ speaker: String?) throws {
    let analysis = try Fixture.analyse(headline + "\n\nAna Lima met the council on Monday.")
    let claim = analysis.quotes.first { analysis.text($0).hasPrefix("Mayor Was Told") || analysis.text($0).hasPrefix("The Bridge") }
    #expect(analysis.speakerName(of: claim) == speaker, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A quote opening a headline's claim after its speaker's colon is the claim when only
  /// what it is about follows it (`on Levy`), or all of it; one that a clause goes on from
  /// is part of the claim (`'Of Course' the Bridge Will Open`).
  @Test(arguments: [("Lima: 'We Will Not Back Down' on Levy", "We Will Not Back Down"),
                    ("Lima: \u{201C}We Will Not Back Down\u{201D} Over Harbour Levy", "We Will Not Back Down"),
                    ("Lima on Levy: 'We Will Not Back Down'", "We Will Not Back Down"),
                    ("Lima: 'Of Course' the Bridge Will Open in May", "'Of Course' the Bridge Will Open in May")])
  func aHeadlineQuoteAfterTheSpeakersColonIsTheClaim(_ headline: String, _ claim: String) throws {
    let analysis = try Fixture.analyse(headline + "\n\nAna Lima met the council on Monday.")
    let texts = analysis.quotes.filter { analysis.speakerName(of: $0) == "Ana Lima" }.map(analysis.text)
    #expect(texts == [claim])
  }

  /// A name's colon before numbers alone is a tally, not a turn (`Ana Lima: 1,769` in a
  /// delegate count); the same label before words is the speaker's.
  @Test func aTallyAfterANamesColonIsNoTurn() throws {
    let analysis = try Fixture.analyse("Delegate update\n\nThe count stands as follows.\n\nAna Lima: 1,769\n\nBen Okafor: 1,501\n\nANA LIMA: We will win the vote in May.")
    #expect(analysis.quotes.count == 1, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We will win")) == "Ana Lima")
  }

  /// A subhead in capitals (`QUESTIONABLE TOLL CLAIMS — …`) holds no cue: its speech word
  /// names a topic, and the sentence after the dash is the article's own.
  @Test func aSpeechWordInCapitalsIsASubheadNotACue() throws {
    try expectNoQuotes(in: "QUESTIONABLE TOLL CLAIMS — For years, the council has been accused of overcharging drivers.")
  }

  /// A sentence's first word is capitalised for its place; when the article writes it in
  /// lower case elsewhere, and never inside a name, it opens no name (`Said Ellis:`).
  /// A surname that is also a word stays a name when the article names the person in full.
  /// A capital the article has nowhere else, before a lowercase word, is a name only if the
  /// tagger reads a proper noun there (a list's `Keeps saying …`, `Written “…”`); a
  /// possessive stays one.
  @Test(arguments: [
    ("Lima said the tolls were fair. Said Okafor: “The tolls are not fair.”", "The tolls are not fair", "Okafor"),
    ("The delegates met on Monday. Delegates questioned whether the bridge was safe.", "whether the bridge was safe", nil),
    ("The engineer Ruth Stone inspected the stone piers. Stone said the bridge was safe.", "the bridge was safe", "Ruth Stone"),
    ("The proposal passed on Monday. Senate President Dana Okafor said the vote was fair.", "the vote was fair", "Dana Okafor"),
    ("The mayor has a habit. Keeps saying the tolls are fair, when nobody pays them.", "the tolls are fair", nil),
    ("The council met on Monday. Okonjo’s letter said the tolls were fair.", "the tolls were fair", "Okonjo"),
    ("The board adopted a charter. Written “at a time of moral and political crisis,” the charter is a short summary of its aims.", "at a time of moral", nil),
  ] as [(String, String, String?)])
  func aCapitalOfPositionOpensNoName(_ body: String, _ quote: String, _ speaker: String?) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let q = try #require(analysis.quote(startingWith: quote), "found \(analysis.quotes.map(analysis.text))")
    if let speaker {
      #expect(analysis.speakerName(of: q) == speaker)
    } else {
      #expect(q.speaker.map { analysis.speakers[$0].kind } != .person, "speaker \(analysis.speakerName(of: q) ?? "none")")
    }
  }

  /// A state's abbreviation after a town (`Harbour Springs, Mich.,`) is a place: never the
  /// person a quote in its paragraph is given to.
  @Test func aStatesAbbreviationIsAPlaceNotASpeaker() throws {
    let analysis = try Fixture.analyse("Headline\n\nHours after the flood in Harbour Springs, Mich., a familiar voice spoke up online: “We have to rebuild the dykes.”")
    let q = try #require(analysis.quote(startingWith: "We have to rebuild"), "found \(analysis.quotes.map(analysis.text))")
    #expect(q.speaker.map { analysis.speakers[$0].kind } != .person, "speaker \(analysis.speakerName(of: q) ?? "none")")
  }

  /// A sentence that opens with its verb of saying has left its subject out (a fact-check's
  /// `Says …`, a list's `Keeps saying …`): the claim is reported, its speaker unknown — not
  /// the verb read as a name, nor a name after it read as the content's subject.
  @Test(arguments: [
    ("The mayor spoke on Monday. Says the tolls are fair, when nobody pays them.", "the tolls are fair"),
    ("The mayor has a habit. Keeps saying the tolls are high.", "the tolls are high"),
    ("The mayor spoke on Monday. Says that the bridge was safe.", "the bridge was safe"),
  ])
  func aSentenceOpeningWithItsCueLeftItsSubjectOut(_ body: String, _ quote: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let q = try #require(analysis.quote(startingWith: quote), "found \(analysis.quotes.map(analysis.text))")
    #expect(q.rule == .elidedSubjectCue)
    #expect(q.speaker == nil, "speaker \(analysis.speakerName(of: q) ?? "none")")
  }

  /// An interview's `A:` turns are the interviewee's — the person the headline names, or
  /// the first paragraph — however often the questions name someone else; and `Q&A` in
  /// the headline names nobody.
  @Test func anInterviewsAnswersAreTheIntervieweesWhoeverTheQuestionsName() throws {
    let analysis = try Fixture.analyse("""
      Q&A with Harbour Commissioner Maria Okafor

      Harbour Commissioner Maria Okafor spent Monday touring the docks, where she met the crews.

      Q: Dana Lind says the levy is unfair. Is Lind right?

      A: Lind has a point. The levy needs a review before May.

      Q: Will Lind run again? What does Lind want from the board?

      A: You would have to ask her. I have not spoken to her.
      """)
    for answer in ["Lind has a point", "You would have to ask her"] {
      #expect(analysis.speakerName(of: analysis.quote(startingWith: answer)) == "Maria Okafor")
    }
    #expect(!analysis.speakers.contains { $0.name == "Q" }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// A person the lede names with a title, though the given names lack hers (`Chief Amara
  /// Osei`), answers the `A:` turns — not `Q`, a turn's label and no name — and what she
  /// says she told others is hers.
  @Test func aTitledPersonInTheLedeAnswersAnInterview() throws {
    let analysis = try Fixture.analyse("""
      Five questions for the harbour's new pilot chief

      Chief Amara Osei took over the harbour pilots in January. She spoke with the Ledger about staffing.

      Q: What is the biggest challenge facing the pilots?

      A: Staffing. We have 40 fewer pilots than we did a decade ago.

      Q: Council has said there is no money for new hires. Do you accept that?

      A: I understand the budget pressure. But I have told council that delays will keep getting worse.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "Staffing")) == "Amara Osei")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "delays will keep getting worse")) == "Amara Osei")
    #expect(!analysis.speakers.contains { $0.name == "Q" }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// The host the lede names first asks the questions; the person the host spoke with
  /// answers them.
  @Test func theHostTheLedeNamesFirstIsNotTheOneAnswering() throws {
    let analysis = try Fixture.analyse("""
      Why this lighthouse keeper stays

      Harbour Radio host Tom Reyes spoke with lighthouse keeper Ana Lima about her 22 years on the island.

      Q: What keeps you there?

      A: The quiet, mostly. And the birds.
      """)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "The quiet")) == "Ana Lima")
  }

  /// `I` and `we` inside an answer are the one answering, not the article's author: what
  /// they say they said is theirs (`Vasquez: … I told the council that …`).
  @Test func theFirstPersonInsideAnAnswerIsTheOneAnswering() throws {
    let analysis = try Fixture.analyse("""
      Q&A: The mayor on the housing plan

      Mayor Elena Vasquez sat down with the Tribune this week to discuss her plan to build 10,000 homes.

      Tribune: Where will the money come from?

      Vasquez: Half from the state. I told the council that the bond is paid for by growth.
      """)
    let nested = try #require(analysis.quote(startingWith: "the bond is paid for"), "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: nested) == "Elena Vasquez")
  }

  /// A pronoun or function word with its clitic (`You’ve`, `They’d`, `Couldn’t`) opening a
  /// sentence is no name, whatever the cue after it.
  @Test(arguments: ["You’ve been talking about how the harbour is doing better than ever.",
                    "They’d argued that the levy was unfair to the crews.",
                    "Shouldn’t the board say the levy was a mistake?"])
  func aContractedFunctionWordIsNoName(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(!analysis.speakers.contains { $0.kind == .person }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// `Okafor: Hold the lead.` heading a roundup's section, over a paragraph that tells of
  /// him, is no turn of his; a short turn in a transcript, another turn after it, is, and so
  /// is a short question over an answer with no label.
  @Test func aNameAndAFewWordsOverProseHeadASection() throws {
    let roundup = try Fixture.analyse("""
      What each candidate needs in the harbour vote

      Lima: Hold the lead.

      Mayor Ana Lima has led every poll since the spring, and her campaign expects a large margin.

      Okafor: Stay in the race.

      Dana Okafor won the first round but has trailed in every poll since.
      """)
    #expect(!roundup.quotes.contains { $0.rule == .transcriptLabel }, "\(roundup.quotes.map(roundup.text))")
    let transcript = try Fixture.analyse("""
      Headline

      LIMA: Will the levy pass?

      OKAFOR: Not yet, I think.

      LIMA: Why not?
      """)
    #expect(transcript.quotes.filter { $0.rule == .transcriptLabel }.map(transcript.text) == ["Will the levy pass", "Not yet, I think", "Why not"])
    let interview = try Fixture.analyse("Headline\n\nQ: Will you run again?\n\nNo. The port needs someone new.")
    #expect(interview.quotes.filter { $0.rule == .transcriptQuestion }.map(interview.text) == ["Will you run again"])
  }

  /// An editor's label opening a line (`CLARIFICATION:`) names nobody, though a transcript's
  /// label does (`WALLACE:`, in the table above).
  @Test func aLabelBeforeAColonNamesNobody() throws {
    let analysis = try Fixture.analyse("""
      Headline

      The council met on Monday.

      CLARIFICATION: The first sentence has been changed to reflect that the tolls will rise in May.
      """)
    #expect(!analysis.speakers.contains { $0.name == "CLARIFICATION" }, "speakers \(analysis.speakers.map(\.name))")
  }

  /// `said to a crowd`, `told reporters at a breakfast`, `said of the ruling`: where, to
  /// whom or of what, never what was said; nor, after the quote that opens the sentence,
  /// what follows the cue (`told the Lagos Dialogue, a regional forum`, `said onstage`, `said
  /// and quickly hung up`) — and a cue inside the speaker's own phrase (`a group called …`)
  /// is not the quote's.
  @Test(arguments: ["“We will rebuild,” Okafor said to a crowd in Lagos.", "“We will rebuild,” Okafor told reporters at a breakfast.",
                    "“We will rebuild,” Okafor said of the ruling.",
                    "“We will rebuild,” Okafor told the Lagos Dialogue, a regional security forum.",
                    "“We will rebuild,” Okafor told the packed hall, where an overflow crowd watched on a screen.",
                    "“We will rebuild,” Okafor told the crowd, her voice drowned out by boos.",
                    "“We will rebuild,” Okafor said onstage Tuesday night.",
                    "“We will rebuild,” Okafor said happily on Harbour Radio as the returns came in.",
                    "“We will rebuild,” she said and quickly hung up.",
                    "“We will rebuild,” said Ana Lima, organizer of a group called Friends of the Bridge."])
  func aPrepositionalPhraseAfterACueIsNotContent(_ body: String) throws {
    try expectOnlyClaims(["We will rebuild"], in: body)
  }

  /// `At the time, she said, "…"`: the words before the cue set the scene; only the quote is speech.
  @Test(arguments: ["At the time, Okafor said, “We will rebuild the bridge.”", "While she was in Lagos on Friday, Okafor said, “We will rebuild the bridge.”",
                    "Sooner or later, Okafor told reporters, “We will rebuild the bridge.”"])
  func anAdverbialLeadBeforeAQuoteIsNotContent(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.map(analysis.text) == ["We will rebuild the bridge."])
    #expect(analysis.speakerName(of: analysis.quotes.first) == "Okafor")
  }

  /// `continued the tour`, `posted a photo`: weak cues that state no stance take no object as content.
  /// A stance noun reports only with a clause after it: not with a preposition, and not
  /// with a relative clause (`that` before a finite verb).
  @Test(arguments: ["Maria Okafor voiced concern about the bridge on Monday.", "Okafor made the case for a new bridge.",
                    "Okafor made statements that damaged the engineer's reputation."])
  func aStanceNounWithoutAClauseReportsNothing(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// After a listener, only a place's comma keeps the listener going: `urged a strong
  /// stand, saying that …` reports the stand, not the words after the participle's `that`.
  @Test func aCommaAfterACommonNounEndsTheListener() throws {
    let analysis = try Fixture.analyse("Headline\n\nAna Lima urged a strong stand, saying that the harbour would flood.")
    #expect(analysis.quotes.map(analysis.text) == ["a strong stand", "the harbour would flood"])
  }

  /// `said as she opened the span.`: a clause of circumstance right after the cue that runs
  /// to the sentence's end says when, not what; one a comma closes opens what was said
  /// (past its `that`), and after a denial `when` asks.
  @Test(arguments: [
    ("“The bridge is safe,” Okafor said as she opened the new span.", "The bridge is safe", "she opened the new span"),
    ("“We will appeal,” Okafor said when the council voted.", "We will appeal", "the council voted"),
    ("Okafor said while she backs the levy, the bridge must close.", "the bridge must close", nil),
    ("The councillors have not said when they would vote on the levy.", "they would vote on the levy", nil),
    ("“You bet I would,” Okafor said when asked whether she would close the port to ships from Lagos, where the fever began.", "You bet I would", "asked whether"),
    ("“We will appeal,” Okafor told reporters after being pressed on the levy.", "We will appeal", "being pressed"),
    ("Okafor said when asked about the port that it would close.", "it would close", "asked about the port"),
    // Set off by commas, the circumstance leaves the cue preposed, and `that` opens the content.
    ("Okafor said, when asked about the port, that it would close in May.", "it would close in May", "asked about the port"),
    ("Okafor stated, while testifying before the council, that the port was safe.", "the port was safe", "that the port"),
    ("Okafor describes the harbour master as having “a sailor's patience.”", "as having", nil),
  ])
  func aCircumstanceRightAfterTheCueIsNotWhatWasSaid(_ body: String, _ said: String, _ circumstance: String?) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let texts = analysis.quotes.map(analysis.text)
    #expect(texts.contains { $0.contains(said) }, "found \(texts)")
    if let circumstance { #expect(!texts.contains { $0.contains(circumstance) }, "found \(texts)") }
  }

  /// `Asked by Bell if …, Okafor avoided an answer`: the question ends where the sentence's
  /// own clause begins, and the one who asked it is not the speaker of the quotes after it.
  @Test func aQuestionAskedBySomeoneEndsAtTheMainClauseAndLendsNoSpeaker() throws {
    let analysis = try Fixture.analyse("""
      Headline

      Lima said the port was safe.

      Asked by Omar Bell if the port “will” close, Lima paused.

      “It will stay open as long as I am mayor.”
      """)
    #expect(analysis.quotes.map(analysis.text) == ["the port was safe", "if the port “will” close", "It will stay open as long as I am mayor."])
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It will stay open")) == "Lima")
  }

  /// `…, and nearly three in five said …`: another cue's subject ends a claim's content
  /// with the adverb before it.
  @Test func anAdverbBeforeTheNextCuesSubjectEndsTheContent() throws {
    let analysis = try Fixture.analyse("Poll\n\nTwo in three said they are less likely to back the levy, and nearly three in five said they are much less likely.")
    #expect(analysis.quotes.map(analysis.text) == ["they are less likely to back the levy", "they are much less likely"])
  }

  /// A claim's content ends where its clause does: `urged people to seek shelter that way,
  /// and …` (the `that` past a listener's infinitive is the infinitive's, and the
  /// infinitive's content ends before a coordinated clause); `While Lima said …, the board …`
  /// (a cue in a clause a subordinator opens before the sentence's own reports up to that
  /// clause's comma).
  @Test(arguments: [
    ("The council urged residents to seek shelter that way, and the board agreed.", "residents to seek shelter that way"),
    ("Okafor urged the board to block the sale, but the board was divided.", "the board to block the sale"),
    ("While Lima said the levy was fair, the board voted it down.", "the levy was fair"),
    ("Although Okafor has said he opposes the toll, his office is drafting one.", "he opposes the toll"),
  ])
  func aClaimsContentEndsWhereItsClauseEnds(_ body: String, _ content: String) throws {
    try expectOnlyClaims([content], in: body)
  }

  /// `Okafor's comments Tuesday on the levy`: a speech noun after a possessive, though a
  /// phrasal verb's particle follows it, is no cue.
  @Test func aPhrasalVerbsNounAfterAPossessiveIsNoCue() throws {
    try expectNoQuotes(in: "Okafor's comments Tuesday on the levy drew anger from commuters.")
  }

  /// `His mid-morning tweet followed …`, `her Tuesday remarks`: a time between a possessive
  /// and a speech word modifies it, a noun then, whatever the tagger reads there; the time
  /// is nobody's subject.
  @Test(arguments: ["The mayor posted twice. His mid-morning tweet followed another that attacked the council.",
                    "The mayor spoke twice. Her Tuesday remarks drew anger from commuters."])
  func aTimeAfterAPossessiveMakesTheSpeechWordANoun(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// Near a sentence's start the tagger decodes from its first word, as it learnt to:
  /// begun two words back, at `and`, it read `allies` as a verb and the cue had no subject.
  @Test func aPluralAfterAndNearTheStartIsNoVerb() throws {
    let analysis = try Fixture.analyse("Headline\n\nAdvisers and allies say the mayor is frustrated with the council.")
    let quote = analysis.quote(startingWith: "the mayor is frustrated")
    #expect(quote?.rule == .subjectCueContent)
    #expect(analysis.speakerName(of: quote) != nil)
  }

  /// `wrote to the company's chief executive`: a possessive is no verb, so no clause opens
  /// at the listener, who is not what was written.
  @Test func aListenersPossessiveOpensNoClause() throws {
    let analysis = try Fixture.analyse("Headline\n\nMaria Okafor wrote to the port company's chief executive, threatening \"a major lawsuit.\"")
    #expect(analysis.quote(startingWith: "the port company") == nil)
  }

  /// `called the levy "completely unacceptable," adding that …`: the comma inside the
  /// closing mark ends the first claim; the participle's is the second.
  @Test func aCommaInsideAClosingMarkEndsTheClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\nMaria Okafor called the levy \"completely unacceptable,\" adding that the port must stand firm.")
    let called = try #require(analysis.quote(startingWith: "the levy"))
    #expect(!analysis.text(called).contains("adding"))
  }

  /// `said staff were reviewing the maps, but declined to comment further`: what the speaker
  /// went on to withhold is the speaker's act, not part of what was said — while a second
  /// predicate of the content's own subject stays in it (`the levy rose in May but fell in June`).
  @Test(arguments: [
    ("Linda Park said staff were reviewing the maps, but declined to comment further.", "staff were reviewing the maps"),
    ("Linda Park said staff were reviewing the maps but would not say when they would finish.", "staff were reviewing the maps"),
    ("Linda Park said staff were reviewing the maps and didn't elaborate.", "staff were reviewing the maps"),
    ("Linda Park said the council had misled residents but offered no proof.", "the council had misled residents"),
    ("Linda Park said the levy rose in May but fell in June.", "the levy rose in May but fell in June"),
    // After an object with no verb, any negated auxiliary is the subject's next predicate.
    ("The harbour office confirmed the closure in a statement but did not give reasons.", "the closure"),
  ])
  func whatTheSpeakerWithheldIsNoContent(_ body: String, _ content: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: String(content.prefix(12))))
    #expect(analysis.text(quote) == content)
  }

  /// `Asked whether …, Scheer would not say.`: words before a speaker who withheld an answer
  /// are the question, not what was said.
  @Test(arguments: [
    "Asked whether she would keep the ferry rebates, Ana Lima would not say.",
    "Asked whether she would keep the ferry rebates, Ana Lima declined to say.",
    "Asked whether she would keep the ferry rebates, Ana Lima refused to say.",
    "Asked about the harbour levy, Ana Lima didn't comment.",
  ])
  func wordsBeforeASpeakerWhoWithheldAnAnswerAreNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `who asked not to be named`: a request with no listener reports nothing; the quote
  /// keeps its speaker.
  @Test func aRequestWithoutAListenerReportsNothing() throws {
    let analysis = try Fixture.analyse("Headline\n\n“We are disappointed,” said a spokesperson for the port, who asked not to be named.")
    #expect(analysis.quote(startingWith: "not to be named") == nil)
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "We are disappointed")) != nil)
  }

  /// `…, said the levy would rise`, `…, said he feared …`: after the cue, a phrase its own
  /// verb follows is the subject of what was said, never the speaker, and what comes before
  /// the cue is no content of its.
  @Test(arguments: [("A spokeswoman for the port, who asked not to be named, said the levy would rise.", "the levy"),
                    ("One of them, retired electrician Omar Bell, said he feared for his pension.", "he")])
  func aClausesSubjectAfterTheCueIsNoSpeaker(_ body: String, _ subject: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(!analysis.quotes.contains { analysis.speakerName(of: $0) == subject || $0.rule == .contentThenCueSubject }, "found \(analysis.quotes.map(analysis.text))")
  }

  @Test(arguments: ["Okafor continued the tour of the harbour. Lima posted a photo of the bridge.",
                    "SALEM, Mass. - State Rep. Ana Lima is certain she will vote for the levy.",
                    "Okafor called the harbour master on Monday. Lima called the ferry office twice. Ross called snap elections for May."])
  func aWeakCueWithoutAStanceTakesNoObject(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// A relative clause's antecedent after a verb's base form is the name alone, not the
  /// verb with it (`did not satisfy | Okafor, who said …`).
  @Test(arguments: [("The answer did not satisfy Okafor, who said later that she would appeal.", "Okafor"),
                    ("The answer did not please Senator Ana Okafor, who said later that she would appeal.", "Senator Ana Okafor"),
                    ("The board wanted to reassure Okafor, who said later that she would appeal.", "Okafor")])
  func aRelativesAntecedentAfterAVerbIsTheNameAlone(_ body: String, _ mention: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: "she would appeal"), "found \(analysis.quotes.map(analysis.text))")
    #expect(quote.speakerMention.map(analysis.article.substring) == mention)
  }

  /// `called X a Y`, `called X Z`: naming something says what the speaker makes of it —
  /// the object and what it is called are the claim.
  @Test(arguments: [("The port authority called the charges unfounded and malicious.", "the charges unfounded and malicious", "The port authority"),
                    ("Okafor has called the levy a tax on the poor.", "the levy a tax on the poor", "Okafor"),
                    ("They called him a political opportunist who neglected the harbour.", "him a political opportunist", "They"),
                    ("Mayor Ana Lima called the protest a misunderstanding.", "the protest a misunderstanding", "Mayor Ana Lima"),
                    ("Lima called him divisive.", "him divisive", "Lima"),
                    // (A noun in -ing after its article, which the tagger reads as a participle.)
                    ("The union's lawyer, Dana Ruiz, called the ruling a reminder that the docks belong to the public.",
                     "the ruling a reminder that the docks belong to the public", "Dana Ruiz")])
  func callingSomethingSomethingIsAClaim(_ body: String, _ claim: String, _ mention: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: claim), "found \(analysis.quotes.map(analysis.text))")
    #expect(quote.speakerMention.map(analysis.article.substring) == mention)
  }

  @Test func scareQuotedTermIsNotSpeech() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe so-called \"growth dividend\" was never paid.")
    #expect(analysis.quotes.isEmpty)
    #expect(analysis.terms.map { analysis.article.substring($0) } == ["growth dividend"])
  }

  /// A short quote alone on its line is a pull quote set as a subhead, not a new statement.
  @Test func aShortQuoteAloneOnItsLineIsASubhead() throws {
    let analysis = try Fixture.analyse("Headline\n\n“We will rebuild,” Okafor said.\n\n‘A fight to the finish.’\n\nThe council met on Monday.")
    #expect(analysis.quotes.map(analysis.text) == ["We will rebuild"])
    #expect(analysis.terms.map { analysis.article.substring($0) } == ["A fight to the finish."])
  }

  /// `Hewitt writes:` takes the paragraph after it as what was written — but a live blog's
  /// time stamp says nothing.
  /// `… appealed the ruling and responded, in writing, …`: a coordinated cue's subject
  /// stands before the first verb, so the words before the cue are no content of its.
  @Test func aCoordinatedCueTakesNoWordsBeforeItForContent() throws {
    try expectNoQuotes(in: "After the vote, the council appealed the ruling and responded, in writing, within a week.")
  }

  /// `what he proposed more loosely`, `What Bell said next surprised everyone`: a cue in a
  /// free relative has its object in `what`; the words after it, no clause, are no content.
  @Test(arguments: ["Bell built what he proposed more loosely in his book on harbours.", "What Bell said next surprised everyone."])
  func aCueInAFreeRelativeReportsNothingAfterIt(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// `…, something riders have long called for.`: a clause with no relative pronoun after
  /// an indefinite pronoun has its object in the pronoun; the clause before is no claim.
  @Test(arguments: ["The budget adds $4 million for the ferry, something riders have long called for.",
                    "The port will close on Sundays, something dock workers have demanded for years."])
  func aContactClauseAfterSomethingReportsNothing(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// `came back that night`, `is back: …`: `back` after a verb is a retort only before a
  /// clause or a quote, and never after an auxiliary.
  /// `did not respond to questions about why …`: a cue denied reports no clause past a
  /// preposition's phrase — nothing was said about it.
  @Test(arguments: ["The department did not respond to questions about why the ferry is late.",
                    "Okafor did not respond to questions from reporters about whether the ferry is late."])
  func aDeniedCueReportsNoClausePastAPreposition(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  @Test(arguments: ["The results came back that night.", "Lima is back: the harbour race starts now."])
  func backIsARetortOnlyBeforeWhatWasSaid(_ body: String) throws {
    try expectNoQuotes(in: body)
  }

  /// `a policy which, according to the Harbour Times, residents have criticised`: the
  /// relative clause an aside interrupts goes on to the cue, whose object the pronoun is.
  @Test func aCueThatClosesARelativeClauseReportsNothingBeforeIt() throws {
    let analysis = try Fixture.analyse("Headline\n\nThe council kept a policy which, according to the Harbour Times, residents have criticised.")
    #expect(!analysis.quotes.contains { analysis.speakerName(of: $0) == "residents" }, "found \(analysis.quotes.map(analysis.text))")
  }

  @Test func aTimeStampAfterAColonIsNotContent() throws {
    try expectNoQuotes(in: "Okafor posted the following statement:\n\n6:01 p.m.\n\nThe council met on Monday.")
  }

  /// A show, book or film named in quotes is a title, not speech, wherever it stands —
  /// after a cue too (`said on NBC's "Meet the Press."`), with small prepositions
  /// (`The Lead with Jake Tapper`), of short words only if each is capitalised (`New Day`).
  @Test(arguments: ["Okafor appeared on “The Late Show With Stephen Colbert” on Monday.", "“The Big Short” was nominated for an award last year.",
                    "Okafor said by telephone on HBC's “Meet the Press.”", "Okafor said in an interview with HBC's “The Lead with Jake Tapper.”",
                    "Okafor appeared on HBC's “New Day” on Monday."])
  func aTitleCaseQuoteIsATitle(_ body: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.allSatisfy { $0.kind != .direct }, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.terms.count == 1)
  }

  /// A word or two in quotes that open a sentence going straight on with its verb or its
  /// noun are what the sentence is about, not speech — unless a speech verb comes next, or
  /// the quote has punctuation or a verb of its own.
  @Test(arguments: [("“Retreat” has been the council's answer to every storm since 1990.", false),
                    ("‘Stranded’ Ferry Riders Wait for a Fix", false),
                    ("“Harbourwatch” listed the stranded vessels in its spring report.", false),
                    ("‘Shameful’ says Okafor of the levy vote.", true),
                    ("“Never” Okafor told the council.", true),
                    ("“No,” Okafor said.", true),
                    ("“We won” was all Okafor would say.", true)])
  func aQuotedWordOpeningItsSentenceIsItsSubject(_ body: String, isSpeech: Bool) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.contains { $0.kind == .direct } == isSpeech, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.terms.count == (isSpeech ? 0 : 1))
  }

  /// A quote after a passive's `as` (`known as “…”`, `a diner billed as “…”`) is what
  /// something is called, a term; after an active verb's it is someone's words (`what
  /// critics described as “a disaster”`).
  @Test(arguments: [("The diner, billed as “the best breakfast on the harbour,” closed in May.", false),
                    ("The crew, known as “the Harbour Four,” sailed on Monday.", false),
                    ("It was what critics described as “a disaster for the port.”", true)])
  func aQuoteAfterAPassivesAsIsATerm(_ body: String, isSpeech: Bool) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.contains { $0.kind == .direct } == isSpeech, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.terms.count == (isSpeech ? 0 : 1))
  }

  /// A show's title after the cue is where it was said: the quote before the cue is the
  /// speaker's, and a `that` after the title opens the claim.
  @Test(arguments: [("“It is a disgrace,” Okafor said on HBC's “This Week.”", "It is a disgrace"),
                    ("Okafor told “Harbour and Friends” that the bridge was safe.", "the bridge was safe")])
  func aShowsTitleAfterTheCueIsNoClaim(_ body: String, _ claim: String) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.map(analysis.text) == [claim])
    #expect(analysis.speakerName(of: analysis.quote(startingWith: claim)) == "Okafor")
  }

  /// Reported speech with quoted words is partial in form; it is direct when it opens or
  /// closes on them (`called it an ISIS "co-founder"`), indirect when they sit inside.
  @Test func partialQuoteIsDirectOnlyAtItsEdges() throws {
    let inside = try Fixture.analyse("Headline\n\nTrump said the call was an \"excellent\" discussion.")
    let a = try #require(inside.quote(startingWith: "the call was"))
    #expect(a.kind == .indirect)
    #expect(a.form == .partial)
    #expect(a.fragments.map { inside.article.substring($0) } == ["excellent"])
    let edge = try Fixture.analyse("Headline\n\nTrump said the call was \"excellent.\"")
    let b = try #require(edge.quote(startingWith: "the call was"))
    #expect(b.kind == .direct)
    #expect(b.form == .partial)
  }

}

extension AttributionTests {
  /// The body (under a headline) yields no claim at all.
  /// `show`, `find` report what records and findings say, nobody else's: a person who
  /// finds or a picture that shows says nothing.
  @Test(arguments: ["Police found the car on Tuesday.", "She found that the work was harder than she expected.",
                    "The show found a large audience.", "The body was found in a ditch.", "A video shows the mayor leaving the hall."])
  func aVerbOfEvidenceWithoutRecordsIsNoCue(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `said at a dinner aboard his borrowed yacht`: a possessive and the word after it
  /// (`his borrowed`) open a noun phrase, not a clause, however the tagger reads the word.
  @Test(arguments: ["Okafor said at a dinner aboard his borrowed yacht.", "Okafor spoke at length on Monday at her planned rally."])
  func aPossessivesNounAfterAPrepositionIsNoClaim(_ sentence: String) throws {
    try expectNoQuotes(in: sentence)
  }

  /// `…, mocked the council`: a verb that takes an object, after words that end in no
  /// quote, is one more thing someone did, not a cue with its speaker after it.
  @Test func aStanceVerbAfterUnquotedWordsIsNoInvertedCue() throws {
    let analysis = try Fixture.analyse("Headline\n\nLima complained about the long meeting but defended Bell as a careful planner, mocked the council and its leaders, and left early.")
    #expect(!analysis.speakers.contains { $0.name.contains("council") }, "\(analysis.speakers.map(\.name))")
  }

  /// `said of a list that included …`: a relative clause after what was spoken of is no claim.
  @Test func aRelativeClauseAfterWhatWasSpokenOfIsNoClaim() throws {
    let analysis = try Fixture.analyse("Headline\n\n“They would be on any short list,” Okafor said of a list that included three mayors.")
    #expect(analysis.quotes.count == 1, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "They would be")) == "Okafor")
  }

  /// `"…," Okafor told a crowd at the hall that spilled out …`: past a listener, a relative
  /// `that` leaves the cue closing its clause, and the quote before it is the speaker's.
  @Test func aRelativeClauseAfterAListenerLeavesTheCuePostposed() throws {
    let analysis = try Fixture.analyse("Headline\n\n“We need real change,” Okafor told a crowd at the hall that spilled out onto the street.")
    #expect(analysis.quotes.count == 1, "found \(analysis.quotes.map(analysis.text))")
    #expect(analysis.quote(startingWith: "We need real change")?.rule == .quoteThenSubjectCue)
  }

  /// A claim that is its sentence's subject ends where the sentence's own verb comes; the
  /// verbs of its relative, subordinate and coordinated clauses are its own.
  @Test(arguments: [("Her claim that the port was bankrupt was denied.", "the port was bankrupt"),
                    ("Okafor's claim that the port that was sold was bankrupt is false.", "the port that was sold was bankrupt"),
                    ("Lima's assertion that the levy would have to wait has been debunked by economists.", "the levy would have to wait"),
                    ("Okafor's claim that the port was sold and was bankrupt is false.", "the port was sold and was bankrupt"),
                    ("He repeated his claim that the port was bankrupt.", "the port was bankrupt")])
  func aClaimAsSubjectEndsAtTheSentencesVerb(_ sentence: String, _ claim: String) throws {
    try expectOnlyClaims([claim], in: sentence)
  }

  /// What records show is nobody's voice: a quote beside it is not theirs.
  @Test func aQuoteBesideAFindingIsNotTheRecords() throws {
    let analysis = try Fixture.analyse("Headline\n\nAna Lima said the plan was sound.\n\nRecords show the council spent $2 million on the plan. “It was money well spent.”")
    #expect(analysis.speakerName(of: analysis.quote(startingWith: "It was money well spent")) == "Ana Lima")
  }

  /// A quote whose closing mark lies in a later paragraph is asked of no bracket in its own
  /// (the paragraph's tokens end before the mark).
  @Test func aQuoteClosedInALaterParagraphHasNoBracketedSource() throws {
    let analysis = try Fixture.analyse("Headline\n\nAna Lima spoke on Monday.\n\n\"Okafor was snoring.\n\n“Here he is,” she said.")
    let quote = try #require(analysis.quote(startingWith: "Okafor was snoring"))
    #expect(quote.rule != .bracketedSource)
  }

  /// A claim of `body` that is exactly `claim`, neither more nor less.
  /// A claim of exactly `claim` in `body`, given to `speaker` when one is named.
  func expectClaim(_ claim: String, in body: String, speaker: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    let quote = try #require(analysis.quote(startingWith: claim), "found \(analysis.quotes.map(analysis.text))", sourceLocation: sourceLocation)
    #expect(analysis.text(quote) == claim, sourceLocation: sourceLocation)
    if let speaker { #expect(analysis.speakerName(of: quote) == speaker, sourceLocation: sourceLocation) }
  }

  /// The claims found in `body`, in order, are `claims` and no others.
  func expectOnlyClaims(_ claims: [String], in body: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.map(analysis.text) == claims, sourceLocation: sourceLocation)
  }

  func expectNoQuotes(in body: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let analysis = try Fixture.analyse("Headline\n\n" + body)
    #expect(analysis.quotes.isEmpty, "found \(analysis.quotes.map(analysis.text))", sourceLocation: sourceLocation)
  }
}
