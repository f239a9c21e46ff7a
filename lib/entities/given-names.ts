// Given names common in world news, folded (no case, no diacritics). A run of capitalised words
// that opens with one is a person's name where nothing else says so ("le Premier ministre a reçu
// José Antonio Kast", "Laurent Fabius, ancien ministre"): French text gives foreign names no other
// mark. Left out: those that are also places, countries or French words ("Victoria", "Georgia",
// "Jordan", "Israel", "Santiago", "Florence", "Claire", "Rose", "Salvador", "Dominique", "Sofia", "Virginie", "Emile", "Emilie"
// (Emilie-Romagne, also written "Emile-Romagne"),
// "Charlotte").

const NAMES = `
aaron abdel abdelaziz abdelkader abdul abdulaziz abdullah abdullahi adam adel adrian ahmad ahmed
aida akira alain alan albert alberto alejandro aleksandr aleksei alex alexander alexandre alexei
alexis alfonso alfredo ali alice alicia alina amina amir amy ana anatoly anders andre andrea andreas
andrei andres andrew andrzej angela angelo anna anne annette anthony antoine antonio anwar arnaud
arturo ashraf audrey bakhtiyor barbara bashar benjamin bernard bernardo boris brian bruno carlos
carmen caroline catherine cecile celine charles christian christine christophe christopher claude
claudia cristina daniel daniela danilo david denis dennis diana diego dilma dmitri dmitry dominik
donald eduardo edward elena elisabeth elizabeth emmanuel enrique eric erik ernesto esteban eva
evgeny fabien fabrice farid fatima felipe fernando filipe francesca francesco francisco francois
frank frederic gabriel gabriela georg george georges gerard gerhard giorgia giovanni giuseppe
gonzalo gregory guillaume gustavo hamad hamid hans hassan heinz helen helene henri henry hiroshi
hugo hussein ibrahim igor ilham ingrid irina isabel isabelle ismail ivan jacques jaime jakob james
jan jane janet javier jean jeanne jennifer jens jerome jessica joao joaquin johan johann john
jonathan jorge jose josef joseph juan julia julian julie julien justin kamal karel karim karl
katarzyna katherine kevin khalid klaus kristina kurt lars laura laurence laurent leonid lina linda
lisa lorenzo louis luc lucas lucia luis luisa luiz lukas magdalena mahmoud manuel marc marcel
marcelo marco marcos margaret maria mariam mariana marie marina mario mark markus martha martin mary
massimo mathieu matthew matthias maurice max maxim mehmet michael michel michele miguel mikhail
mohamed mohammad mohammed mustafa nadia natalia nathalie nicolas nikolai nikolay nina nuno olaf oleg
olga omar oscar pablo paolo pascal patricia patrick paul paula paulo pavel pedro peter petr philippe
pierre piotr rafael ramon raul rebecca ricardo richard robert roberto rodrigo roger roman ronald
rosa rui ruslan sabine salim salman samantha samir samuel sandra sara sarah sebastian sebastien
serge sergei sergey sergio shinzo simon sophie stefan stephane stephen steven susan svetlana sylvie
takeshi tatiana tatyana teresa thierry thomas timothy tomas ursula valentina valery vera veronique
victor viktor vincent vladimir walter william wolfgang xavier yasmine yoshihide youssef yuri yves
zoran
adrien alexandra amandine anais arthur aurelie aurelien baptiste bastien benoit bertrand brigitte cedric
chantal christelle colette corinne damien delphine didier edouard elodie etienne fabienne
felix fernand florent florian francine franck gaelle gaston genevieve geraldine gilbert gilles herve
hubert jacqueline jeremy joel josette laetitia lionel lucien lucie ludovic martine matthieu maxime
mireille monique muriel nadine nicole odile pascale patrice quentin raphael regis remi renaud sabrina
sandrine severine solange stephanie sylvain thibault valerie yann yannick yvonne
volker detlef jurgen dieter helmut horst uwe ulrich werner gunter
ghazi khalil nabil tarek walid nasser shimon yitzhak moshe efren
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.trim().split(/\s+/));

/** Korean family names, romanised ("Kim", "Lee", "Park"). */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  `
kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo hong
jeon ko moon yang son bae baek heo nam noh roh
`
    .trim()
    .split(/\s+/),
);

/**
 * Korean and Chinese family names, which open a name ("Lee Dea Bong", "Cho Hyun-joon", "Wang
 * Yubo"): a title's person after a company's name starts at one ("le président du groupe
 * sud-coréen Charmvit Lee Dea Bong").
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set([
  ...KOREAN_SURNAMES,
  ...`
wang zhang liu chen zhao huang zhou xu sun zhu hu guo lin luo zheng liang xie tang feng deng
cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao
`
    .trim()
    .split(/\s+/),
]);
