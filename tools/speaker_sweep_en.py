"""English speaker-attribution sweep: press constructions, each in a sentence or short article written
for the sweep (invented names), with the speaker it should get. Prints the wrong ones and the tally.

    python tools/speaker_sweep_en.py [--quiet]

A guide for finding construction classes that fail, not a score to tune to: fixes go in with a test in
tests/test_speaker_constructions_en.py. An expected speaker of None means the claim may be missed.
"""

from __future__ import annotations

import sys

from claims.article import Article
from claims.evaluate import same_speaker
from claims.extract import extract

# batch → [(construction, text, expected speaker, words of the claim's content)]
CASES = {'constructions-1': [('role-before-name',
                      'Interior Minister Halvard Brennick said on Tuesday that the border would reopen next '
                      'week.\n',
                      'Halvard Brennick',
                      'border would reopen'),
                     ('role-before-name',
                      'Kremlin spokesman Oleg Varnikov told reporters that no meeting had been planned.\n',
                      'Oleg Varnikov',
                      'no meeting'),
                     ('role-before-name',
                      'Former Treasury Secretary Linda Coyle warned that inflation could return within a '
                      'year.\n',
                      'Linda Coyle',
                      'inflation could return'),
                     ('apposition-after-name',
                      'Halvard Brennick, the interior minister, said the border would reopen next week.\n',
                      'Halvard Brennick',
                      'border would reopen'),
                     ('apposition-after-name',
                      'Marta Quillon, a spokeswoman for the regional health authority, said 14 patients were '
                      'still in hospital.\n',
                      'Marta Quillon',
                      '14 patients'),
                     ('said-X-apposition',
                      '"We will not back down," said Dario Feltham, a spokesman for the dockworkers\' '
                      'union.\n',
                      'Dario Feltham',
                      'We will not back down'),
                     ('said-X-apposition',
                      "The plant will close in March, said Annika Self, the company's head of "
                      'communications, in a statement.\n',
                      'Annika Self',
                      'plant will close'),
                     ('said-X-long-apposition',
                      '"The numbers simply do not add up," said Priya Ramaswamy, a senior fellow at the '
                      'Bellmont Institute for Fiscal Studies who has tracked the budget for a decade.\n',
                      'Priya Ramaswamy',
                      'numbers simply'),
                     ('role-only',
                      'A police spokesperson said two men had been arrested at the scene.\n',
                      'police spokesperson',
                      'two men had been arrested'),
                     ('role-only',
                      'The prosecutor told the jury that the defendant had planned the robbery for months.\n',
                      'prosecutor',
                      'planned the robbery'),
                     ('role-only',
                      'A hospital official, who asked not to be named, said three of the injured were '
                      'children.\n',
                      'hospital official',
                      'three of the injured'),
                     ('surname-later',
                      'Finance Minister Rosalind Achebe presented the budget on Monday.\n'
                      '\n'
                      '"This is a budget for working families," Achebe said.\n',
                      'Rosalind Achebe',
                      'budget for working families'),
                     ('surname-later',
                      'Coach Bernard Ollivant has led the side since 2019.\n'
                      '\n'
                      'Ollivant said the squad had never been fitter.\n',
                      'Bernard Ollivant',
                      'never been fitter'),
                     ('title-surname',
                      'Gerald Pinsent, the council leader, opened the meeting.\n'
                      '\n'
                      'Mr. Pinsent said the library would stay open.\n',
                      'Gerald Pinsent',
                      'library would stay open'),
                     ('title-surname',
                      'Health officials named Dr. Amara Nwosu to lead the inquiry.\n'
                      '\n'
                      '"We will look at every death," Dr. Nwosu said.\n',
                      'Amara Nwosu',
                      'every death'),
                     ('title-surname',
                      'Joanna Terrell chairs the board.\n'
                      '\n'
                      'Ms Terrell said the merger would be completed by June.\n',
                      'Joanna Terrell',
                      'merger would be completed'),
                     ('title-surname-no-period',
                      'Senator Wallace Dunmore opposed the bill.\n'
                      '\n'
                      'Mr Dunmore told reporters the vote was rushed.\n',
                      'Wallace Dunmore',
                      'vote was rushed'),
                     ('role-tied',
                      'Defence Minister Kasimir Lund visited the base on Friday.\n'
                      '\n'
                      'The minister said the new radar would be operational by spring.\n',
                      'Kasimir Lund',
                      'radar would be operational'),
                     ('role-tied',
                      'Senator Carla Whitby introduced the measure last year.\n'
                      '\n'
                      'The senator said she expected it to pass.\n',
                      'Carla Whitby',
                      'expected it to pass'),
                     ('role-tied-age',
                      'Tomasz Wrobel, 54, was arrested in March.\n'
                      '\n'
                      'The 54-year-old told the court he was innocent.\n',
                      'Tomasz Wrobel',
                      'he was innocent'),
                     ('role-tied-former',
                      'Former President Alvaro Mendes spoke at the rally.\n'
                      '\n'
                      'The former president said the election had been stolen.\n',
                      'Alvaro Mendes',
                      'election had been stolen'),
                     ('role-tied-ceo',
                      'Helix Motors chief executive Nadia Sorensen unveiled the car on Monday.\n'
                      '\n'
                      "The company's chief executive said production would start in April.\n",
                      'Nadia Sorensen',
                      'production would start'),
                     ('role-tied-party',
                      'Representative Joel Baptiste, a Democrat from Ohio, voted against the bill.\n'
                      '\n'
                      'The Democrat said it would hurt farmers.\n',
                      'Joel Baptiste',
                      'hurt farmers'),
                     ('role-tied-coach',
                      'Rovers coach Ian Treadwell was pleased with the win.\n'
                      '\n'
                      '"We defended well," the coach said.\n',
                      'Ian Treadwell',
                      'defended well'),
                     ('role-tied-striker',
                      'Striker Mateo Olivas scored twice on Saturday.\n'
                      '\n'
                      'The 23-year-old said he had dedicated the goals to his mother.\n',
                      'Mateo Olivas',
                      'dedicated the goals'),
                     ('pronoun-he-told-reporters',
                      'Prime Minister Edwin Carraway arrived in Delhi on Sunday.\n'
                      '\n'
                      'He told reporters that trade would top the agenda.\n',
                      'Edwin Carraway',
                      'trade would top'),
                     ('pronoun-she-added',
                      'Mayor Lucia Ferrante defended the plan. "It will save lives," she added.\n',
                      'Lucia Ferrante',
                      'save lives'),
                     ('pronoun-according-to-him',
                      'Investigators interviewed the pilot, Samuel Okonkwo.\n'
                      '\n'
                      'According to him, the engine failed shortly after take-off.\n',
                      'Samuel Okonkwo',
                      'engine failed'),
                     ('pronoun-in-his-view',
                      'Economist Rafael Duarte expects rates to fall.\n'
                      '\n'
                      'In his view, the central bank has waited too long.\n',
                      'Rafael Duarte',
                      'central bank has waited'),
                     ('pronoun-they',
                      'Residents of Millbrook met with council officials on Thursday.\n'
                      '\n'
                      'They said the flooding had been ignored for years.\n',
                      'Residents of Millbrook',
                      'flooding had been ignored'),
                     ('pronoun-she-later',
                      'Judge Miriam Kowalczyk sentenced the man to six years.\n'
                      '\n'
                      'She said he had shown no remorse.\n',
                      'Miriam Kowalczyk',
                      'shown no remorse'),
                     ('told-Reuters',
                      'Trade envoy Ngozi Adeyemi told Reuters that the talks had stalled.\n',
                      'Ngozi Adeyemi',
                      'talks had stalled'),
                     ('told-reporters',
                      'Bertrand Ouellet told reporters in Ottawa that the deal was "dead".\n',
                      'Bertrand Ouellet',
                      'deal was'),
                     ('said-in-statement',
                      'Senator Hugh Calloway said in a statement that he would not seek re-election.\n',
                      'Hugh Calloway',
                      'not seek re-election'),
                     ('statement-from-X',
                      'A statement from the Ministry of Health said 40 new cases had been recorded.\n',
                      'Ministry of Health',
                      '40 new cases'),
                     ('statement-from-person',
                      'A statement from Governor Elena Marsh said the state of emergency would be lifted.\n',
                      'Elena Marsh',
                      'state of emergency'),
                     ("X's-office-said",
                      "Senator Hugh Calloway's office said he was recovering at home.\n",
                      "Hugh Calloway's office",
                      'recovering at home'),
                     ('spokesperson-for-X',
                      'A spokesperson for Vantor Energy said the leak had been contained.\n',
                      'spokesperson for Vantor Energy',
                      'leak had been contained'),
                     ('spokesman-for-person',
                      'A spokesman for Prime Minister Edwin Carraway said the trip had been postponed.\n',
                      'spokesman for Prime Minister Edwin Carraway',
                      'trip had been postponed'),
                     ('anonymous-familiar',
                      'The deal could be announced as early as Friday, people familiar with the matter '
                      'said.\n',
                      'people familiar with the matter',
                      'deal could be announced'),
                     ('anonymous-officials',
                      'Two officials, speaking on condition of anonymity, said the strike had killed at '
                      'least 12 people.\n',
                      'officials',
                      'killed at least 12'),
                     ('anonymous-officials',
                      'The strike killed at least 12 people, officials said, speaking on condition of '
                      'anonymity because they were not authorized to talk to the media.\n',
                      'officials',
                      'strike killed'),
                     ('wrote-on-X',
                      'Opposition leader Farida Khanum wrote on X that the arrests were "a dark day for '
                      'democracy".\n',
                      'Farida Khanum',
                      'arrests were'),
                     ('wrote-on-Twitter',
                      'Carl Bexley, the club\'s owner, wrote on Twitter: "We will be back stronger."\n',
                      'Carl Bexley',
                      'back stronger'),
                     ('conference-call',
                      'Chief financial officer Helen Varga said on a conference call with analysts that '
                      'margins would improve in the second half.\n',
                      'Helen Varga',
                      'margins would improve'),
                     ('asked-about',
                      'Asked about the protests, Interior Minister Halvard Brennick said the police had '
                      'acted lawfully.\n',
                      'Halvard Brennick',
                      'police had acted lawfully'),
                     ('asked-about-pronoun',
                      'Halvard Brennick visited the border post on Monday.\n'
                      '\n'
                      'Asked whether more troops would be sent, he said no decision had been made.\n',
                      'Halvard Brennick',
                      'no decision had been made'),
                     ('who-clause',
                      'Nell Farrow, who has run the shelter for 20 years, said donations had fallen by '
                      'half.\n',
                      'Nell Farrow',
                      'donations had fallen'),
                     ('the-ministry-said',
                      'The foreign ministry said the ambassador had been summoned.\n',
                      'foreign ministry',
                      'ambassador had been summoned'),
                     ('report-found',
                      'The report found that one in five bridges needed urgent repairs.\n',
                      'report',
                      'one in five bridges'),
                     ('lawsuit-alleges',
                      'The lawsuit alleges that the company hid safety defects from regulators.\n',
                      'lawsuit',
                      'hid safety defects'),
                     ('court-documents',
                      'Court documents show that the suspect bought the rifle two weeks earlier.\n',
                      'Court documents',
                      'bought the rifle'),
                     ('quote-para-continues',
                      'Conservation officer Hamish Greer said the birds had returned early this year.\n'
                      '\n'
                      '"We counted 300 pairs on the cliffs, which is a record."\n',
                      'Hamish Greer',
                      '300 pairs'),
                     ('quote-para-X-added',
                      'Conservation officer Hamish Greer said the birds had returned early this year.\n'
                      '\n'
                      '"We have never seen anything like it," Lena Vogt, a volunteer, added.\n',
                      'Lena Vogt',
                      'never seen anything like it'),
                     ('quote-para-he-said-new',
                      'Prosecutor Imogen Reyes said the evidence was overwhelming. Defence lawyer Paul '
                      'Hartigan disagreed.\n'
                      '\n'
                      '"My client was not there," he said.\n',
                      'Paul Hartigan',
                      'My client was not there'),
                     ('two-speakers-para',
                      'Mayor Lucia Ferrante said the bridge would reopen in May, but engineer Tobias Renner '
                      'said repairs could take until autumn.\n',
                      'Tobias Renner',
                      'repairs could take'),
                     ('two-speakers-para-first',
                      'Mayor Lucia Ferrante said the bridge would reopen in May, but engineer Tobias Renner '
                      'said repairs could take until autumn.\n',
                      'Lucia Ferrante',
                      'bridge would reopen'),
                     ('responded-that',
                      'Finance Minister Rosalind Achebe responded that the figures were out of date.\n',
                      'Rosalind Achebe',
                      'figures were out of date'),
                     ('countered',
                      'Rosalind Achebe countered that the deficit had fallen for three years.\n',
                      'Rosalind Achebe',
                      'deficit had fallen'),
                     ('conceded',
                      'Coach Ian Treadwell conceded that his team had been lucky.\n',
                      'Ian Treadwell',
                      'team had been lucky'),
                     ('quipped',
                      '"I have been called worse," Senator Carla Whitby quipped.\n',
                      'Carla Whitby',
                      'called worse'),
                     ('tweeted',
                      'Pop star Kaya Lindqvist tweeted that the concert had been cancelled.\n',
                      'Kaya Lindqvist',
                      'concert had been cancelled'),
                     ('noted',
                      'Analyst Femi Adebayo noted that sales had risen for the fourth quarter in a row.\n',
                      'Femi Adebayo',
                      'sales had risen'),
                     ('according-to-lawyer',
                      'According to her lawyer, Dominic Ashworth, the singer will appeal the ruling.\n',
                      'Dominic Ashworth',
                      'singer will appeal'),
                     ('according-to-Xs-lawyer',
                      "According to Ms Ferrante's lawyer, Dominic Ashworth, the mayor will appeal the "
                      'ruling.\n',
                      'Dominic Ashworth',
                      'mayor will appeal'),
                     ('according-to-name-role',
                      'According to Vera Lindahl, the director of the zoo, the panda is pregnant.\n',
                      'Vera Lindahl',
                      'panda is pregnant'),
                     ('possessive-spokesman',
                      "Senator Hugh Calloway was not available. Calloway's spokesman said he was "
                      'travelling.\n',
                      "Calloway's spokesman",
                      'he was travelling'),
                     ('possessive-lawyer-named',
                      "Smith's lawyer, Rebecca Thorne, said her client would plead not guilty.\n",
                      'Rebecca Thorne',
                      'plead not guilty'),
                     ('said-name-role-inversion',
                      "The vaccine is safe, said Dr. Amara Nwosu, the country's chief medical officer.\n",
                      'Amara Nwosu',
                      'vaccine is safe'),
                     ('colon-intro',
                      'Interior Minister Halvard Brennick: "The border stays closed."\n',
                      'Halvard Brennick',
                      'border stays closed'),
                     ('name-said-date-statement',
                      'Aldo Ferraz said on Thursday in a statement posted online that he was leaving the '
                      'party.\n',
                      'Aldo Ferraz',
                      'leaving the party'),
                     ('nationality-role',
                      'Chinese Foreign Ministry spokesperson Wen Liqiang said Beijing opposed the '
                      'sanctions.\n',
                      'Wen Liqiang',
                      'Beijing opposed'),
                     ('org-role-name',
                      'Greenpeace campaigner Lotte Brink said the spill was the worst in a decade.\n',
                      'Lotte Brink',
                      'spill was the worst'),
                     ('name-of-org',
                      'Jonas Aberg of the Nordic Climate Centre said the winter had been the warmest on '
                      'record.\n',
                      'Jonas Aberg',
                      'warmest on record'),
                     ('name-org-comma',
                      'Jonas Aberg, of the Nordic Climate Centre, said the winter had been the warmest on '
                      'record.\n',
                      'Jonas Aberg',
                      'warmest on record'),
                     ('interrupted-quote',
                      '"We are ready," Sergeant Paula Marsh said, "but we need more people."\n',
                      'Paula Marsh',
                      'We are ready'),
                     ('court-report',
                      'Judge Anthony Pell told Harlow Crown Court that the attack had been "cowardly".\n',
                      'Anthony Pell',
                      'attack had been'),
                     ('court-defence',
                      'Defending, Lisa Crane said her client had a long history of mental illness.\n',
                      'Lisa Crane',
                      'long history'),
                     ('sports-report',
                      'Manager Gus Whelan said after the match that his players had been "magnificent".\n',
                      'Gus Whelan',
                      'players had been'),
                     ('sports-surname-pronoun',
                      "Whelan's side won 2-0 at Eastfield.\n"
                      '\n'
                      '"It was a proper team performance," he said.\n',
                      None,
                      'proper team performance'),
                     ('he-said-surname-previous',
                      'Gus Whelan took charge in May.\n'
                      '\n'
                      'Whelan, 48, said he would not change the formation.\n',
                      'Gus Whelan',
                      'not change the formation'),
                     ('name-age-role',
                      'Ruth Okoro, 62, a retired teacher, said the water had risen in minutes.\n',
                      'Ruth Okoro',
                      'water had risen'),
                     ('local-resident',
                      'Local resident Ruth Okoro said the water had risen in minutes.\n',
                      'Ruth Okoro',
                      'water had risen'),
                     ('also-said',
                      'Vera Lindahl also said the zoo would open a new enclosure.\n',
                      'Vera Lindahl',
                      'new enclosure'),
                     ('hyphen-name',
                      'Kim Jae-won, the mayor of Gwangmyeong, said the festival would go ahead.\n',
                      'Kim Jae-won',
                      'festival would go ahead'),
                     ('particle-name',
                      'Ursula van der Berg said the committee had reached a decision.\n',
                      'Ursula van der Berg',
                      'reached a decision'),
                     ('says-present',
                      'The risk of a recession is rising, says Femi Adebayo, an economist at Ranley Bank.\n',
                      'Femi Adebayo',
                      'risk of a recession'),
                     ('org-said-then-it',
                      'Ranley Bank raised its forecast on Monday. It said growth would reach 2 percent.\n',
                      'Ranley Bank',
                      'growth would reach'),
                     ('later-surname-in-inverted',
                      '"There is no plan B," said Brennick.\n',
                      'Brennick',
                      'no plan B'),
                     ('added-surname',
                      'Interior Minister Halvard Brennick spoke in Oslo. "We are ready," Brennick added.\n',
                      'Halvard Brennick',
                      'We are ready')],
 'constructions-2': [('in-a-statement-X-said',
                      'In a statement, the Harbour Trust said the pier would be rebuilt.\n',
                      'Harbour Trust',
                      'pier would be rebuilt'),
                     ('in-interview-X-said',
                      'In an interview with the BBC, Linda Coyle said she regretted the decision.\n',
                      'Linda Coyle',
                      'regretted the decision'),
                     ('speaking-to-reporters',
                      'Speaking to reporters in Brussels, Foreign Minister Ilse Dahl said sanctions would be '
                      'extended.\n',
                      'Ilse Dahl',
                      'sanctions would be extended'),
                     ('X-speaking-at',
                      'Ilse Dahl, speaking at a summit in Brussels, said sanctions would be extended.\n',
                      'Ilse Dahl',
                      'sanctions would be extended'),
                     ('possessive-named-spokesman',
                      "Brennick's spokesman, Arne Solberg, said the minister had not been informed.\n",
                      'Arne Solberg',
                      'had not been informed'),
                     ('X-said-adding',
                      'Linda Coyle said the plan was sound, adding that it would be reviewed in a year.\n',
                      'Linda Coyle',
                      'plan was sound'),
                     ('X-age-said',
                      'Nell Farrow, 45, said donations had fallen by half.\n',
                      'Nell Farrow',
                      'donations had fallen'),
                     ('em-dash',
                      '"We will rebuild." — Mayor Lucia Ferrante\n',
                      'Lucia Ferrante',
                      'We will rebuild'),
                     ('quote-split-sentences',
                      '"We are ready," Sergeant Paula Marsh said. "We have trained for this for years."\n',
                      'Paula Marsh',
                      'trained for this'),
                     ('gender-pronoun',
                      'Mayor Lucia Ferrante met engineer Tobias Renner on Monday.\n'
                      '\n'
                      'She said the bridge would reopen in May.\n',
                      'Lucia Ferrante',
                      'bridge would reopen'),
                     ('gender-pronoun-he',
                      'Mayor Lucia Ferrante met engineer Tobias Renner on Monday.\n'
                      '\n'
                      'He said repairs could take until autumn.\n',
                      'Tobias Renner',
                      'repairs could take'),
                     ('mr-surname-later-role',
                      'Halvard Brennick became interior minister in 2021.\n'
                      '\n'
                      '"Nobody is above the law," Mr Brennick said on Friday.\n',
                      'Halvard Brennick',
                      'above the law'),
                     ('the-labour-leader',
                      'Labour leader Keira Stanmore toured the factory.\n'
                      '\n'
                      'The Labour leader said jobs had to come first.\n',
                      'Keira Stanmore',
                      'jobs had to come first'),
                     ('the-republican',
                      'Senator Dale Whitacre, a Republican, broke with his party.\n'
                      '\n'
                      'The Republican said the bill went too far.\n',
                      'Dale Whitacre',
                      'bill went too far'),
                     ('the-actor',
                      'Actor Benedict Harrow has joined the cast.\n'
                      '\n'
                      'The actor said he had wanted the part for years.\n',
                      'Benedict Harrow',
                      'wanted the part'),
                     ('the-star',
                      'Pop star Kaya Lindqvist cancelled the tour.\n\nThe singer said she needed rest.\n',
                      'Kaya Lindqvist',
                      'needed rest'),
                     ('the-club-said',
                      'Eastfield Rovers sacked their manager on Sunday.\n'
                      '\n'
                      'The club said in a statement that a replacement would be named soon.\n',
                      'Eastfield Rovers',
                      'replacement would be named'),
                     ('police-said',
                      'Police said the driver had been over the limit.\n',
                      'Police',
                      'over the limit'),
                     ('police-in-place-said',
                      'Police in Lancashire said the driver had been over the limit.\n',
                      'Police in Lancashire',
                      'over the limit'),
                     ('state-media',
                      'State media reported that the launch had failed.\n',
                      'State media',
                      'launch had failed'),
                     ('authorities-said',
                      'Authorities said the fire had been contained.\n',
                      'Authorities',
                      'fire had been contained'),
                     ('witnesses',
                      'Witnesses said they heard two explosions.\n',
                      'Witnesses',
                      'heard two explosions'),
                     ('a-witness-named',
                      'One witness, Carlos Mejia, said he saw the car speed away.\n',
                      'Carlos Mejia',
                      'saw the car'),
                     ('xs-family-said',
                      "Ruth Okoro's family said in a statement that she had died peacefully.\n",
                      "Ruth Okoro's family",
                      'died peacefully'),
                     ('inversion-role-only',
                      '"The situation is under control," said a police spokesman.\n',
                      'police spokesman',
                      'under control'),
                     ('inversion-after-quote-title',
                      '"The situation is under control," said Chief Inspector Dana Royle.\n',
                      'Dana Royle',
                      'under control'),
                     ('told-outlet-named',
                      'Ngozi Adeyemi told the Financial Times that the talks had stalled.\n',
                      'Ngozi Adeyemi',
                      'talks had stalled'),
                     ('told-AP',
                      'Ngozi Adeyemi told The Associated Press that the talks had stalled.\n',
                      'Ngozi Adeyemi',
                      'talks had stalled'),
                     ('quote-told',
                      '"The talks have stalled," Ngozi Adeyemi told Reuters.\n',
                      'Ngozi Adeyemi',
                      'talks have stalled'),
                     ('quote-told-pronoun',
                      "Ngozi Adeyemi is Nigeria's trade envoy.\n"
                      '\n'
                      '"The talks have stalled," she told Reuters by phone.\n',
                      'Ngozi Adeyemi',
                      'talks have stalled'),
                     ('said-of',
                      '"He was a true friend," Ilse Dahl said of the late ambassador.\n',
                      'Ilse Dahl',
                      'true friend'),
                     ('X-wrote-in-letter',
                      'Linda Coyle wrote in a letter to shareholders that the company would cut costs.\n',
                      'Linda Coyle',
                      'cut costs'),
                     ('X-said-via-spokesperson',
                      'Linda Coyle said through a spokesperson that she would not comment.\n',
                      'Linda Coyle',
                      'not comment'),
                     ('headline-colon',
                      'Brennick: border will reopen next week\n'
                      '\n'
                      'Interior Minister Halvard Brennick spoke in Oslo.\n',
                      'Halvard Brennick',
                      'border will reopen'),
                     ('indian-style',
                      'Union Home Minister Rajesh Kulkarni on Monday said that the state would get '
                      'additional forces.\n',
                      'Rajesh Kulkarni',
                      'additional forces'),
                     ('indian-style-2',
                      'Speaking to the media, Chief Minister P. Suresh Reddy said the dam was safe.\n',
                      'P. Suresh Reddy',
                      'dam was safe'),
                     ('au-style',
                      'Premier Dan Kellerman told ABC Radio Melbourne the lockdown would end on Friday.\n',
                      'Dan Kellerman',
                      'lockdown would end'),
                     ('aljazeera-style',
                      "Al Jazeera's Hamid Sayegh, reporting from Doha, said talks were continuing.\n",
                      'Hamid Sayegh',
                      'talks were continuing'),
                     ('bloomberg-style',
                      'Vantor Energy Chief Executive Officer Marcus Trell said in an interview that prices '
                      'would stay high.\n',
                      'Marcus Trell',
                      'prices would stay high'),
                     ('nyt-style-mr-later',
                      'Elias Brandt, 71, a retired fisherman, has lived on the island all his life.\n'
                      '\n'
                      '"The sea is emptier every year," Mr. Brandt said.\n',
                      'Elias Brandt',
                      'sea is emptier'),
                     ('guardian-style-role-later',
                      'Cressida Hale, the shadow chancellor, attacked the budget.\n'
                      '\n'
                      'The shadow chancellor said it would leave families worse off.\n',
                      'Cressida Hale',
                      'families worse off'),
                     ('pronoun-after-other-quote',
                      'Prosecutor Imogen Reyes said the evidence was overwhelming.\n'
                      '\n'
                      'Defence lawyer Paul Hartigan said his client would appeal. He said the trial had been '
                      'unfair.\n',
                      'Paul Hartigan',
                      'trial had been unfair'),
                     ('quote-para-after-narration',
                      'Vera Lindahl, the zoo director, said the panda was pregnant.\n'
                      '\n'
                      'The zoo has tried to breed pandas since 2015.\n'
                      '\n'
                      '"We are cautiously optimistic," Lindahl said.\n',
                      'Vera Lindahl',
                      'cautiously optimistic'),
                     ('she-added-after-two',
                      'Vera Lindahl, the zoo director, said the panda was pregnant. Keeper Tom Ashby said '
                      'the animal was eating well.\n'
                      '\n'
                      '"It is a big moment for us," Lindahl added.\n',
                      'Vera Lindahl',
                      'big moment'),
                     ('org-then-it',
                      'The Harbour Trust announced the pier would be rebuilt. It said work would start in '
                      'June.\n',
                      'Harbour Trust',
                      'work would start'),
                     ('company-said-pronoun-it',
                      'Vantor Energy reported a loss on Tuesday.\n\nIt said the leak had cost $40 million.\n',
                      'Vantor Energy',
                      'leak had cost'),
                     ('spokesperson-did-not',
                      'A spokeswoman for the ministry declined to comment but said an inquiry was under '
                      'way.\n',
                      'spokeswoman for the ministry',
                      'inquiry was under way')],
 'constructions-3': [('A1 officials postposed',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'officials',
                      'hundreds of families'),
                     ('A1 role+name said',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Dana Whitfield',
                      '340 homes'),
                     ('A1 she said after',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Dana Whitfield',
                      'river rose faster'),
                     ('A1 He said after governor',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Paul Ressler',
                      'National Guard'),
                     ('A1 surname told reporters',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Paul Ressler',
                      'not leave anyone'),
                     ('A1 surname said',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Dana Whitfield',
                      'peak on Thursday'),
                     ('A1 resident age said',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Tom Agerholm',
                      'lived in the town'),
                     ('A1 quote continues',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'Tom Agerholm',
                      'never seen anything'),
                     ('A1 org said',
                      'Flooding forced hundreds of families from their homes in Millbrook on Tuesday, '
                      'officials said.\n'
                      '\n'
                      'County emergency manager Dana Whitfield said 340 homes had been evacuated. "The river '
                      'rose faster than any model predicted," she said.\n'
                      '\n'
                      'Governor Paul Ressler declared a state of emergency late Tuesday. He said the '
                      'National Guard would be deployed.\n'
                      '\n'
                      '"We will not leave anyone behind," Ressler told reporters in the state capital.\n'
                      '\n'
                      'Whitfield said the water was expected to peak on Thursday.\n'
                      '\n'
                      'Resident Tom Agerholm, 71, said he had lived in the town for 50 years. "I have never '
                      'seen anything like this."\n'
                      '\n'
                      'The National Weather Service said more rain was forecast for the weekend.\n',
                      'National Weather Service',
                      'more rain'),
                     ('A2 data showed',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'official data',
                      'economy shrank'),
                     ('A2 ONS',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Office for National Statistics',
                      'output fell'),
                     ('A2 said X, role',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Simon Leigh',
                      'disappointing set'),
                     ('A2 surname said',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Rachel Osei',
                      'remained committed'),
                     ('A2 she said in statement',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Rachel Osei',
                      'tough decisions'),
                     ('A2 possessive role, name',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Mark Dunne',
                      'plan was failing'),
                     ('A2 he said after',
                      "LONDON (Reuters) - Britain's economy shrank unexpectedly in March, official data "
                      'showed on Friday, piling pressure on finance minister Rachel Osei.\n'
                      '\n'
                      'The Office for National Statistics said output fell 0.3 percent.\n'
                      '\n'
                      '"This is a disappointing set of figures," said Simon Leigh, chief economist at '
                      'Harbour Capital.\n'
                      '\n'
                      'Osei said the government remained committed to its plans. "We have taken tough '
                      'decisions to stabilise the economy," she said in a statement.\n'
                      '\n'
                      "The opposition's finance spokesman, Mark Dunne, said the figures showed the plan was "
                      'failing.\n'
                      '\n'
                      '"The chancellor has run out of excuses," he said.\n',
                      'Mark Dunne',
                      'run out of excuses'),
                     ('A3 prosecutors say',
                      'Prosecutors say Daniel Farrow, 34, stole more than $2 million from the charity he '
                      'ran.\n'
                      '\n'
                      'Farrow pleaded not guilty on Monday. His lawyer, Angela Prior, said her client would '
                      'be vindicated.\n'
                      '\n'
                      '"He has cooperated fully with investigators from the start," Prior said outside the '
                      'courthouse.\n'
                      '\n'
                      'Assistant US Attorney Kevin Marsh told the judge that Farrow had used the money to '
                      'buy a house in Florida.\n'
                      '\n'
                      'The judge, Sandra Ellery, set bail at $500,000. She said Farrow posed a flight '
                      'risk.\n',
                      'Prosecutors',
                      'stole more than'),
                     ('A3 his lawyer, name',
                      'Prosecutors say Daniel Farrow, 34, stole more than $2 million from the charity he '
                      'ran.\n'
                      '\n'
                      'Farrow pleaded not guilty on Monday. His lawyer, Angela Prior, said her client would '
                      'be vindicated.\n'
                      '\n'
                      '"He has cooperated fully with investigators from the start," Prior said outside the '
                      'courthouse.\n'
                      '\n'
                      'Assistant US Attorney Kevin Marsh told the judge that Farrow had used the money to '
                      'buy a house in Florida.\n'
                      '\n'
                      'The judge, Sandra Ellery, set bail at $500,000. She said Farrow posed a flight '
                      'risk.\n',
                      'Angela Prior',
                      'vindicated'),
                     ('A3 surname said outside',
                      'Prosecutors say Daniel Farrow, 34, stole more than $2 million from the charity he '
                      'ran.\n'
                      '\n'
                      'Farrow pleaded not guilty on Monday. His lawyer, Angela Prior, said her client would '
                      'be vindicated.\n'
                      '\n'
                      '"He has cooperated fully with investigators from the start," Prior said outside the '
                      'courthouse.\n'
                      '\n'
                      'Assistant US Attorney Kevin Marsh told the judge that Farrow had used the money to '
                      'buy a house in Florida.\n'
                      '\n'
                      'The judge, Sandra Ellery, set bail at $500,000. She said Farrow posed a flight '
                      'risk.\n',
                      'Angela Prior',
                      'cooperated fully'),
                     ('A3 AUSA told the judge',
                      'Prosecutors say Daniel Farrow, 34, stole more than $2 million from the charity he '
                      'ran.\n'
                      '\n'
                      'Farrow pleaded not guilty on Monday. His lawyer, Angela Prior, said her client would '
                      'be vindicated.\n'
                      '\n'
                      '"He has cooperated fully with investigators from the start," Prior said outside the '
                      'courthouse.\n'
                      '\n'
                      'Assistant US Attorney Kevin Marsh told the judge that Farrow had used the money to '
                      'buy a house in Florida.\n'
                      '\n'
                      'The judge, Sandra Ellery, set bail at $500,000. She said Farrow posed a flight '
                      'risk.\n',
                      'Kevin Marsh',
                      'buy a house'),
                     ('A3 She said judge',
                      'Prosecutors say Daniel Farrow, 34, stole more than $2 million from the charity he '
                      'ran.\n'
                      '\n'
                      'Farrow pleaded not guilty on Monday. His lawyer, Angela Prior, said her client would '
                      'be vindicated.\n'
                      '\n'
                      '"He has cooperated fully with investigators from the start," Prior said outside the '
                      'courthouse.\n'
                      '\n'
                      'Assistant US Attorney Kevin Marsh told the judge that Farrow had used the money to '
                      'buy a house in Florida.\n'
                      '\n'
                      'The judge, Sandra Ellery, set bail at $500,000. She said Farrow posed a flight '
                      'risk.\n',
                      'Sandra Ellery',
                      'flight risk'),
                     ('A4 manager quote',
                      'Eastfield Rovers beat Harlow Town 3-1 on Saturday to move top of the table.\n'
                      '\n'
                      'Rovers manager Gus Whelan praised his side\'s character. "We went a goal down and '
                      'never panicked," Whelan said.\n'
                      '\n'
                      'Harlow boss Craig Denton was less happy. "We gifted them three goals," said Denton, '
                      'whose side has lost four in a row.\n'
                      '\n'
                      'Striker Mateo Olivas, who scored twice, said the team believed it could win the '
                      'league.\n'
                      '\n'
                      '"It is only March, but why not?" the 23-year-old added.\n',
                      'Gus Whelan',
                      'never panicked'),
                     ('A4 said Denton, whose',
                      'Eastfield Rovers beat Harlow Town 3-1 on Saturday to move top of the table.\n'
                      '\n'
                      'Rovers manager Gus Whelan praised his side\'s character. "We went a goal down and '
                      'never panicked," Whelan said.\n'
                      '\n'
                      'Harlow boss Craig Denton was less happy. "We gifted them three goals," said Denton, '
                      'whose side has lost four in a row.\n'
                      '\n'
                      'Striker Mateo Olivas, who scored twice, said the team believed it could win the '
                      'league.\n'
                      '\n'
                      '"It is only March, but why not?" the 23-year-old added.\n',
                      'Craig Denton',
                      'gifted them'),
                     ('A4 striker who scored',
                      'Eastfield Rovers beat Harlow Town 3-1 on Saturday to move top of the table.\n'
                      '\n'
                      'Rovers manager Gus Whelan praised his side\'s character. "We went a goal down and '
                      'never panicked," Whelan said.\n'
                      '\n'
                      'Harlow boss Craig Denton was less happy. "We gifted them three goals," said Denton, '
                      'whose side has lost four in a row.\n'
                      '\n'
                      'Striker Mateo Olivas, who scored twice, said the team believed it could win the '
                      'league.\n'
                      '\n'
                      '"It is only March, but why not?" the 23-year-old added.\n',
                      'Mateo Olivas',
                      'win the league'),
                     ('A4 the 23-year-old added',
                      'Eastfield Rovers beat Harlow Town 3-1 on Saturday to move top of the table.\n'
                      '\n'
                      'Rovers manager Gus Whelan praised his side\'s character. "We went a goal down and '
                      'never panicked," Whelan said.\n'
                      '\n'
                      'Harlow boss Craig Denton was less happy. "We gifted them three goals," said Denton, '
                      'whose side has lost four in a row.\n'
                      '\n'
                      'Striker Mateo Olivas, who scored twice, said the team believed it could win the '
                      'league.\n'
                      '\n'
                      '"It is only March, but why not?" the 23-year-old added.\n',
                      'Mateo Olivas',
                      'only March'),
                     ('A5 Union minister on Monday said',
                      'NEW DELHI: Union Health Minister Anjali Rao on Monday said the country had enough '
                      'vaccine stocks.\n'
                      '\n'
                      'Addressing a press conference, Rao said states would receive an additional 10 million '
                      'doses.\n'
                      '\n'
                      'Congress leader Vikram Sethi, however, alleged that the government was hiding the '
                      'real figures.\n'
                      '\n'
                      '"The people deserve the truth," Sethi said.\n'
                      '\n'
                      'The minister rejected the allegations, saying the data was published daily.\n',
                      'Anjali Rao',
                      'enough vaccine'),
                     ('A5 Addressing, Rao said',
                      'NEW DELHI: Union Health Minister Anjali Rao on Monday said the country had enough '
                      'vaccine stocks.\n'
                      '\n'
                      'Addressing a press conference, Rao said states would receive an additional 10 million '
                      'doses.\n'
                      '\n'
                      'Congress leader Vikram Sethi, however, alleged that the government was hiding the '
                      'real figures.\n'
                      '\n'
                      '"The people deserve the truth," Sethi said.\n'
                      '\n'
                      'The minister rejected the allegations, saying the data was published daily.\n',
                      'Anjali Rao',
                      'additional 10 million'),
                     ('A5 leader however alleged',
                      'NEW DELHI: Union Health Minister Anjali Rao on Monday said the country had enough '
                      'vaccine stocks.\n'
                      '\n'
                      'Addressing a press conference, Rao said states would receive an additional 10 million '
                      'doses.\n'
                      '\n'
                      'Congress leader Vikram Sethi, however, alleged that the government was hiding the '
                      'real figures.\n'
                      '\n'
                      '"The people deserve the truth," Sethi said.\n'
                      '\n'
                      'The minister rejected the allegations, saying the data was published daily.\n',
                      'Vikram Sethi',
                      'hiding the real'),
                     ('A5 quote surname',
                      'NEW DELHI: Union Health Minister Anjali Rao on Monday said the country had enough '
                      'vaccine stocks.\n'
                      '\n'
                      'Addressing a press conference, Rao said states would receive an additional 10 million '
                      'doses.\n'
                      '\n'
                      'Congress leader Vikram Sethi, however, alleged that the government was hiding the '
                      'real figures.\n'
                      '\n'
                      '"The people deserve the truth," Sethi said.\n'
                      '\n'
                      'The minister rejected the allegations, saying the data was published daily.\n',
                      'Vikram Sethi',
                      'deserve the truth'),
                     ('A5 the minister saying',
                      'NEW DELHI: Union Health Minister Anjali Rao on Monday said the country had enough '
                      'vaccine stocks.\n'
                      '\n'
                      'Addressing a press conference, Rao said states would receive an additional 10 million '
                      'doses.\n'
                      '\n'
                      'Congress leader Vikram Sethi, however, alleged that the government was hiding the '
                      'real figures.\n'
                      '\n'
                      '"The people deserve the truth," Sethi said.\n'
                      '\n'
                      'The minister rejected the allegations, saying the data was published daily.\n',
                      'Anjali Rao',
                      'published daily'),
                     ('A6 the chief executive of X, Name',
                      'The chief executive of Vantor Energy, Marcus Trell, said on Tuesday the company would '
                      'cut 2,000 jobs.\n'
                      '\n'
                      'Trell told analysts on a conference call that the cuts were "painful but necessary".\n'
                      '\n'
                      "The company's shares rose 4 percent.\n"
                      '\n'
                      'Union leader Patrice Gomez said workers had been "betrayed". "They promised us no '
                      'layoffs," Gomez said.\n'
                      '\n'
                      'A Vantor spokeswoman said the company would offer voluntary redundancy first.\n',
                      'Marcus Trell',
                      'cut 2,000 jobs'),
                     ('A6 told analysts',
                      'The chief executive of Vantor Energy, Marcus Trell, said on Tuesday the company would '
                      'cut 2,000 jobs.\n'
                      '\n'
                      'Trell told analysts on a conference call that the cuts were "painful but necessary".\n'
                      '\n'
                      "The company's shares rose 4 percent.\n"
                      '\n'
                      'Union leader Patrice Gomez said workers had been "betrayed". "They promised us no '
                      'layoffs," Gomez said.\n'
                      '\n'
                      'A Vantor spokeswoman said the company would offer voluntary redundancy first.\n',
                      'Marcus Trell',
                      'painful but necessary'),
                     ('A6 union leader',
                      'The chief executive of Vantor Energy, Marcus Trell, said on Tuesday the company would '
                      'cut 2,000 jobs.\n'
                      '\n'
                      'Trell told analysts on a conference call that the cuts were "painful but necessary".\n'
                      '\n'
                      "The company's shares rose 4 percent.\n"
                      '\n'
                      'Union leader Patrice Gomez said workers had been "betrayed". "They promised us no '
                      'layoffs," Gomez said.\n'
                      '\n'
                      'A Vantor spokeswoman said the company would offer voluntary redundancy first.\n',
                      'Patrice Gomez',
                      'betrayed'),
                     ('A6 quote surname',
                      'The chief executive of Vantor Energy, Marcus Trell, said on Tuesday the company would '
                      'cut 2,000 jobs.\n'
                      '\n'
                      'Trell told analysts on a conference call that the cuts were "painful but necessary".\n'
                      '\n'
                      "The company's shares rose 4 percent.\n"
                      '\n'
                      'Union leader Patrice Gomez said workers had been "betrayed". "They promised us no '
                      'layoffs," Gomez said.\n'
                      '\n'
                      'A Vantor spokeswoman said the company would offer voluntary redundancy first.\n',
                      'Patrice Gomez',
                      'promised us'),
                     ('A6 a Vantor spokeswoman',
                      'The chief executive of Vantor Energy, Marcus Trell, said on Tuesday the company would '
                      'cut 2,000 jobs.\n'
                      '\n'
                      'Trell told analysts on a conference call that the cuts were "painful but necessary".\n'
                      '\n'
                      "The company's shares rose 4 percent.\n"
                      '\n'
                      'Union leader Patrice Gomez said workers had been "betrayed". "They promised us no '
                      'layoffs," Gomez said.\n'
                      '\n'
                      'A Vantor spokeswoman said the company would offer voluntary redundancy first.\n',
                      'Vantor spokeswoman',
                      'voluntary redundancy')],
 'constructions-4': [('gender-she-after-male-quote',
                      'Mayor Lucia Ferrante said she would not resign.\n'
                      '\n'
                      'Councillor Brian Tull called the decision "a disgrace".\n'
                      '\n'
                      '"I was elected to finish the job," she said.\n',
                      'Lucia Ferrante',
                      'elected to finish'),
                     ('gender-he-after-female-quote',
                      'Brian Tull, a councillor, said he had lost confidence in the mayor.\n'
                      '\n'
                      'Mayor Lucia Ferrante said she would not resign.\n'
                      '\n'
                      '"This is about politics, not governance," he said.\n',
                      'Brian Tull',
                      'about politics'),
                     ('gender-ms-title',
                      'Ms Ferrante met Brian Tull on Monday.\n\n"We had a frank exchange," she said.\n',
                      'Ferrante',
                      'frank exchange'),
                     ('gender-spokeswoman',
                      'Health ministry spokeswoman Aiko Tanabe and Dr. Ken Mori spoke at the briefing.\n'
                      '\n'
                      'She said the outbreak was under control.\n',
                      'Aiko Tanabe',
                      'under control'),
                     ('pronoun-subject-not-object',
                      'Governor Paul Ressler thanked volunteer John Marr on Monday.\n'
                      '\n'
                      'He said the response had been remarkable.\n',
                      'Paul Ressler',
                      'response had been remarkable'),
                     ('kinship-role',
                      "Louise Okafor, the boy's mother, was at the hearing.\n"
                      '\n'
                      'The mother said her son had been bullied for months.\n',
                      'Louise Okafor',
                      'bullied for months'),
                     ('kinship-possessive',
                      "Louise Okafor, the boy's mother, was at the hearing.\n"
                      '\n'
                      "The boy's mother said he had been bullied for months.\n",
                      'Louise Okafor',
                      'bullied for months'),
                     ('possessive-lawyer-unnamed',
                      'Daniel Farrow pleaded not guilty on Monday.\n'
                      '\n'
                      'His lawyer said he would be vindicated.\n',
                      "Farrow's lawyer",
                      'vindicated'),
                     ('role-tied-later-different-role',
                      'Marcus Trell, the chief executive of Vantor Energy, spoke on Tuesday.\n'
                      '\n'
                      'The Vantor boss said the cuts were necessary.\n',
                      'Marcus Trell',
                      'cuts were necessary'),
                     ('title-surname-two-people-same-surname',
                      'Ann Leigh and her husband, Robert Leigh, ran the bakery for 30 years.\n'
                      '\n'
                      '"We never took a holiday," Mrs Leigh said.\n',
                      'Ann Leigh',
                      'never took a holiday'),
                     ('quote-before-name-apposition-later',
                      '"We have to act now," said Elena Varga. Varga, the head of the Clean Rivers Trust, '
                      'said the river was dying.\n',
                      'Elena Varga',
                      'river was dying'),
                     ('said-the-name-of-org',
                      '"The results are encouraging," said Dr. Hugo Lamb of the Institute for Tropical '
                      'Medicine.\n',
                      'Hugo Lamb',
                      'results are encouraging'),
                     ('quote-then-role-said',
                      '"The results are encouraging," the institute\'s director, Hugo Lamb, said.\n',
                      'Hugo Lamb',
                      'results are encouraging'),
                     ('quote-says-role-name-present',
                      '"Nobody expected this," says Harriet Cole, who runs the local food bank.\n',
                      'Harriet Cole',
                      'Nobody expected'),
                     ('she-says-present',
                      'Harriet Cole runs the local food bank.\n'
                      '\n'
                      'Demand has doubled since January, she says.\n',
                      'Harriet Cole',
                      'Demand has doubled'),
                     ('colon-no-verb-role',
                      'Harriet Cole, food bank manager: "We are running out of tinned food."\n',
                      'Harriet Cole',
                      'running out'),
                     ('interview-QA',
                      'Harriet Cole runs the local food bank. She spoke to us on Monday.\n'
                      '\n'
                      '"People are choosing between heating and eating," Cole explains.\n',
                      'Harriet Cole',
                      'heating and eating'),
                     ('told-court-through-interpreter',
                      'Defendant Piotr Zalewski told the court through an interpreter that he had acted in '
                      'self-defence.\n',
                      'Piotr Zalewski',
                      'self-defence'),
                     ('the-court-heard',
                      'The court heard that Zalewski had been drinking since noon.\n',
                      None,
                      'drinking since noon'),
                     ('inverted-said-role-of-org',
                      '"We are not going anywhere," said the group\'s founder, Tessa Bright.\n',
                      'Tessa Bright',
                      'not going anywhere'),
                     ('x-and-y-said',
                      'Ann Leigh and Robert Leigh said they would reopen the bakery in the spring.\n',
                      'Ann Leigh and Robert Leigh',
                      'reopen the bakery'),
                     ('sports-post-match',
                      'Denton\'s side lost 3-1.\n\n"We gifted them three goals," the Harlow boss said.\n',
                      'Denton',
                      'gifted them'),
                     ('name-title-suffix',
                      'Rep. Alexandria Kent (D-N.Y.) said the bill would fail.\n',
                      'Alexandria Kent',
                      'bill would fail'),
                     ('name-parenthetical-party-au',
                      'Opposition Leader Peter Haldane (Liberal) said the budget was a con job.\n',
                      'Peter Haldane',
                      'con job'),
                     ('quote-name-who',
                      '"It was terrifying," said Jenna Moss, 29, who was on the train.\n',
                      'Jenna Moss',
                      'terrifying')],
 'constructions-5': [('quote-para-inherits',
                      'Governor Paul Ressler said the state would rebuild. "Every road will be repaired."\n'
                      '\n'
                      '"We will not forget the people of Millbrook."\n',
                      'Paul Ressler',
                      'not forget'),
                     ('subject-before-quote-para',
                      'Dana Whitfield said the levee had held.\n'
                      '\n'
                      'Governor Paul Ressler, however, was more cautious. "The worst may be yet to come."\n',
                      'Paul Ressler',
                      'worst may be'),
                     ('the-latter',
                      'Ann Lee met Tom Reyes on Monday. The latter said the talks had been useful.\n',
                      'Tom Reyes',
                      'talks had been useful'),
                     ('multi-title',
                      '"We followed every lead," Det. Sgt. Ray Holt said.\n',
                      'Ray Holt',
                      'followed every lead'),
                     ('said-surname-age',
                      '"We followed every lead," said Holt, 52.\n',
                      'Holt',
                      'followed every lead'),
                     ('quote-name-long-apposition-said',
                      '"We followed every lead," Ray Holt, a 20-year veteran of the force, said.\n',
                      'Ray Holt',
                      'followed every lead'),
                     ('speaking-to-programme',
                      "Ray Holt, speaking to the BBC's Today programme, said the inquiry would take "
                      'months.\n',
                      'Ray Holt',
                      'inquiry would take'),
                     ('white-house',
                      'The White House said the president would veto the bill.\n',
                      'White House',
                      'veto the bill'),
                     ('downing-street',
                      'Downing Street said the prime minister had full confidence in the minister.\n',
                      'Downing Street',
                      'full confidence'),
                     ('metonym-capital',
                      'Washington has said it will not lift sanctions.\n',
                      'Washington',
                      'not lift sanctions'),
                     ('chief-news-conference',
                      'Police Chief Sarah Lund told a news conference that two suspects were in custody.\n',
                      'Sarah Lund',
                      'two suspects'),
                     ('postposed-news-conference',
                      'Two suspects are in custody, Police Chief Sarah Lund told a news conference.\n',
                      'Sarah Lund',
                      'Two suspects'),
                     ('joint-statement',
                      'Ann Lee and Tom Reyes said in a joint statement that they would step down.\n',
                      'Ann Lee and Tom Reyes',
                      'step down'),
                     ('in-a-post-on-facebook',
                      'Ann Lee, in a post on Facebook, said the shop would close.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('writing-on-facebook',
                      'Writing on Facebook, Ann Lee said the shop would close.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('said-on-facebook',
                      'Ann Lee said on Facebook that the shop would close.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('posted-on-instagram',
                      'Ann Lee posted on Instagram that the shop would close.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('interview-sky',
                      'Ann Lee said in an interview with Sky News on Sunday that the shop would close.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('quoted-as-saying',
                      'Foreign Minister Pavel Orlov was quoted as saying that the talks had failed.\n',
                      'Pavel Orlov',
                      'talks had failed'),
                     ('quoted-by-agency',
                      'Pavel Orlov was quoted by the Interfax news agency as saying the talks had failed.\n',
                      'Pavel Orlov',
                      'talks had failed'),
                     ('speaking-at-minister',
                      'Pavel Orlov arrived in Geneva on Monday.\n'
                      '\n'
                      'Speaking at a news conference, the minister said the talks had failed.\n',
                      'Pavel Orlov',
                      'talks had failed'),
                     ('head-of-agency-name',
                      'The head of the agency, Lars Kemp, said the satellite had been lost.\n',
                      'Lars Kemp',
                      'satellite had been lost'),
                     ('said-who-heads',
                      '"The satellite is lost," said Lars Kemp, who heads the agency.\n',
                      'Lars Kemp',
                      'satellite is lost'),
                     ('he-said-referring',
                      'Lars Kemp spoke after the launch.\n'
                      '\n'
                      '"It was a bad day," he said, referring to the failure.\n',
                      'Lars Kemp',
                      'bad day'),
                     ('two-speakers-while',
                      'Ann Lee said the shop would close, while Tom Reyes said it would stay open.\n',
                      'Tom Reyes',
                      'stay open'),
                     ('two-speakers-while-first',
                      'Ann Lee said the shop would close, while Tom Reyes said it would stay open.\n',
                      'Ann Lee',
                      'shop would close'),
                     ('org-spokesperson-name-comma',
                      'Vantor spokesperson Eli Stone said the leak was contained.\n',
                      'Eli Stone',
                      'leak was contained'),
                     ('acronym-org',
                      'The WHO said the outbreak was slowing.\n',
                      'WHO',
                      'outbreak was slowing'),
                     ('org-acronym-intro',
                      'The World Health Organization (WHO) met on Monday.\n'
                      '\n'
                      'The WHO said the outbreak was slowing.\n',
                      'World Health Organization',
                      'outbreak was slowing'),
                     ('ministry-spokesperson-nationality',
                      'Russian foreign ministry spokeswoman Irina Sokolova said Moscow would respond.\n',
                      'Irina Sokolova',
                      'Moscow would respond'),
                     ('police-statement-read',
                      'A police statement read: "Officers are investigating."\n',
                      'police',
                      'Officers are investigating'),
                     ('colon-name-role-verb',
                      'Ann Lee, the shop owner, said: "It is the end of an era."\n',
                      'Ann Lee',
                      'end of an era'),
                     ('quote-then-according',
                      '"It is the end of an era," according to Ann Lee.\n',
                      'Ann Lee',
                      'end of an era'),
                     ('asked-if',
                      'Asked if she would run again, Ann Lee said she had not decided.\n',
                      'Ann Lee',
                      'not decided'),
                     ('when-asked',
                      'When asked about the fire, the owner said the alarms had worked.\n',
                      'owner',
                      'alarms had worked')],
 'constructions-6': [('the-spokesman-name',
                      'The spokesman, Arne Solberg, said the minister had not been informed.\n',
                      'Arne Solberg',
                      'not been informed'),
                     ('both-men',
                      'Ann Lee met Tom Reyes on Monday. Both said the talks had been useful.\n',
                      None,
                      'talks had been useful'),
                     ('wife-first-name',
                      'His wife, Mary Solberg, said he had been ill for months.\n',
                      'Mary Solberg',
                      'ill for months'),
                     ('possessive-relative-named',
                      "Lee's mother, Joan Lee, said the family was devastated.\n",
                      'Joan Lee',
                      'devastated'),
                     ('officials-at',
                      'Officials at the ministry said the report was being reviewed.\n',
                      'Officials at the ministry',
                      'being reviewed'),
                     ('ministrys-spokesman',
                      "The ministry's spokesman said the report was being reviewed.\n",
                      "ministry's spokesman",
                      'being reviewed'),
                     ('she-said-of',
                      'Ann Lee spoke after the vote.\n\n"She has no plan," she said of her rival.\n',
                      'Ann Lee',
                      'no plan'),
                     ('the-statement-said',
                      'The ministry issued a statement on Monday.\n'
                      '\n'
                      '"The situation is stable," the statement said.\n',
                      'ministry',
                      'situation is stable'),
                     ('whose-company',
                      'Marcus Trell, whose company employs 3,000 people, said the cuts were necessary.\n',
                      'Marcus Trell',
                      'cuts were necessary'),
                     ('he-says-mid-quote',
                      'Marcus Trell leads Vantor.\n\n"We had no choice," he says, "the market collapsed."\n',
                      'Marcus Trell',
                      'no choice'),
                     ('who-spoke-anonymity',
                      'One resident, who spoke on condition of anonymity, said the water was brown.\n',
                      'resident',
                      'water was brown'),
                     ('senior-official-anonymity-told',
                      'A senior US official, speaking on condition of anonymity, told reporters the strike '
                      'was legal.\n',
                      'senior US official',
                      'strike was legal'),
                     ('in-statement-lawyers',
                      "In a statement, Lee's lawyers said she would appeal.\n",
                      "Lee's lawyers",
                      'would appeal'),
                     ('according-to-indictment',
                      'According to the indictment, Lee transferred $2 million to a shell company.\n',
                      'indictment',
                      'transferred'),
                     ('indictment-alleges',
                      'The indictment alleges that Lee transferred $2 million to a shell company.\n',
                      'indictment',
                      'transferred'),
                     ('prosecutors-allege',
                      'Prosecutors allege that Lee transferred $2 million to a shell company.\n',
                      'Prosecutors',
                      'transferred'),
                     ('judge-wrote',
                      'Judge Helen Marsh wrote in her ruling that the law was unconstitutional.\n',
                      'Helen Marsh',
                      'unconstitutional'),
                     ('court-ruled',
                      'The Supreme Court ruled that the law was unconstitutional.\n',
                      'Supreme Court',
                      'unconstitutional'),
                     ('headline-says',
                      'Lee says shop will close after 60 years\n\nAnn Lee has run the shop since 1990.\n',
                      'Ann Lee',
                      'shop will close'),
                     ('said-title-role-name-order',
                      '"The numbers are wrong," Labour MP Diane Foster said.\n',
                      'Diane Foster',
                      'numbers are wrong'),
                     ('cabinet-secretary-uk',
                      'Home Secretary Priya Anand told MPs that the scheme would be scrapped.\n',
                      'Priya Anand',
                      'scheme would be scrapped'),
                     ('surname-only-first-mention-later-full',
                      '"We will win," Foster said.\n\nDiane Foster, 41, was elected in 2019.\n',
                      'Diane Foster',
                      'We will win'),
                     ('name-with-initial',
                      'John F. Madden said the fund was solvent.\n',
                      'John F. Madden',
                      'fund was solvent'),
                     ('name-with-jr',
                      'Martin Luther Grant Jr. said the fund was solvent.\n',
                      'Martin Luther Grant Jr.',
                      'fund was solvent'),
                     ('mac-name',
                      "Fiona MacLeod, the SNP's spokeswoman, said the fund was solvent.\n",
                      'Fiona MacLeod',
                      'fund was solvent'),
                     ('apostrophe-name',
                      "Sean O'Malley said the fund was solvent.\n",
                      "Sean O'Malley",
                      'fund was solvent'),
                     ('indian-initials',
                      'Former chief minister B.S. Yediyur said the alliance would hold.\n',
                      'B.S. Yediyur',
                      'alliance would hold'),
                     ('arabic-name',
                      'Hezbollah leader Hassan al-Amin said the group would respond.\n',
                      'Hassan al-Amin',
                      'group would respond'),
                     ('they-org-plural',
                      'Eastfield Rovers sacked their manager on Sunday. They said a replacement would be '
                      'named soon.\n',
                      'Eastfield Rovers',
                      'replacement would be named'),
                     ('adding-second',
                      'Ann Lee said the shop would close, adding that the staff would be paid.\n',
                      'Ann Lee',
                      'staff would be paid')],
 'constructions-7': [('said-X-then-he-added',
                      '"We are ready," said Ilse Dahl. "We have trained for years," she added.\n',
                      'Ilse Dahl',
                      'trained for years'),
                     ('colon-then-he-added-colon',
                      'Ilse Dahl said: "We are ready." She added: "We have trained for years."\n',
                      'Ilse Dahl',
                      'trained for years'),
                     ('X-added-that-new-para',
                      'Ilse Dahl said the army was ready.\n'
                      '\n'
                      'Tom Reyes added that reserves had been called up.\n',
                      'Tom Reyes',
                      'reserves'),
                     ('went-on-to-say',
                      'Ilse Dahl went on to say that the army was ready.\n',
                      'Ilse Dahl',
                      'army was ready'),
                     ('also-told-BBC',
                      'Ilse Dahl also told the BBC that the army was ready.\n',
                      'Ilse Dahl',
                      'army was ready'),
                     ('later-said',
                      'Ilse Dahl later said that the army was ready.\n',
                      'Ilse Dahl',
                      'army was ready'),
                     ('has-said',
                      'Ilse Dahl has said that the army is ready.\n',
                      'Ilse Dahl',
                      'army is ready'),
                     ('has-repeatedly-said',
                      'Ilse Dahl has repeatedly said the army is ready.\n',
                      'Ilse Dahl',
                      'army is ready'),
                     ('for-his-part',
                      'Tom Reyes, for his part, said the army was not ready.\n',
                      'Tom Reyes',
                      'not ready'),
                     ('for-her-part-initial',
                      'For her part, Ilse Dahl said the army was ready.\n',
                      'Ilse Dahl',
                      'army was ready'),
                     ('meanwhile-inside',
                      'Tom Reyes, meanwhile, said the army was not ready.\n',
                      'Tom Reyes',
                      'not ready'),
                     ('meanwhile-initial',
                      'Meanwhile, Tom Reyes said the army was not ready.\n',
                      'Tom Reyes',
                      'not ready'),
                     ('but-X-said', 'But Tom Reyes said the army was not ready.\n', 'Tom Reyes', 'not ready'),
                     ('still-X-said',
                      'Still, Tom Reyes said the army was not ready.\n',
                      'Tom Reyes',
                      'not ready'),
                     ('agreed-saying',
                      'Tom Reyes agreed, saying the army was not ready.\n',
                      'Tom Reyes',
                      'not ready'),
                     ('disagreed-quote',
                      'Ilse Dahl said the army was ready.\n'
                      '\n'
                      'Tom Reyes disagreed. "The army is not ready," he said.\n',
                      'Tom Reyes',
                      'army is not ready'),
                     ('disagreed-quote-noattr',
                      'Ilse Dahl said the army was ready.\n\nTom Reyes disagreed: "The army is not ready."\n',
                      'Tom Reyes',
                      'army is not ready'),
                     ('X-is-quoted-para-after-other',
                      'Ilse Dahl said the army was ready.\n'
                      '\n'
                      'But critics, including retired general Tom Reyes, said the army was not ready.\n',
                      'critics, including retired general Tom Reyes',
                      'not ready'),
                     ('long-inverted-attribution',
                      '"The army is ready," said Ilse Dahl, who was appointed defence minister in January '
                      'after the resignation of her predecessor.\n',
                      'Ilse Dahl',
                      'army is ready'),
                     ('quote-two-sentences-attr-middle',
                      '"The army is ready," Ilse Dahl said. "Nobody should doubt it. We have trained for '
                      'years."\n',
                      'Ilse Dahl',
                      'Nobody should doubt'),
                     ('quote-para-then-attrib-para',
                      'Defence Minister Ilse Dahl addressed parliament on Tuesday.\n'
                      '\n'
                      '"The army is ready. Nobody should doubt it."\n',
                      'Ilse Dahl',
                      'army is ready'),
                     ('reporters-asked-she-replied',
                      'Reporters asked Ilse Dahl about the budget. She replied that it would rise.\n',
                      'Ilse Dahl',
                      'would rise'),
                     ('object-pronoun-confusion',
                      'Tom Reyes criticised Ilse Dahl on Monday. He said she had misled parliament.\n',
                      'Tom Reyes',
                      'misled parliament'),
                     ('object-pronoun-confusion-she',
                      'Tom Reyes criticised Ilse Dahl on Monday.\n\nShe said the criticism was unfair.\n',
                      'Ilse Dahl',
                      'criticism was unfair')]}


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    total = right = 0
    for batch, cases in CASES.items():
        good = 0
        for construction, text, expected, words in cases:
            found = [c for c in extract(Article(text, language="en")).claims if c.kind != "assertion" and words in c.content]
            got = found[0].speaker.name if found and found[0].speaker else None
            ok = (bool(found) or expected is None) and same_speaker(expected, got)
            good += ok
            if not ok and not quiet:
                print(f"WRONG {batch} {construction}: expected {expected!r}, got {got!r}" + ("" if found else " (claim not found)"))
        print(f"{batch}: {good}/{len(cases)}")
        total += len(cases)
        right += good
    print(f"all: {right}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
