/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Account#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Account#getTelephone1 <em>Telephone1</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getAccount()
 * @model annotation="http://www.fieldbook.org/dataverse logicalName='account' entitySet='accounts'"
 * @generated
 */
public interface Account extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Telephone1</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Telephone1</em>' attribute.
	 * @see #setTelephone1(String)
	 * @see org.fieldbook.model.FieldbookPackage#getAccount_Telephone1()
	 * @model annotation="http://www.fieldbook.org/dataverse column='telephone1'"
	 * @generated
	 */
	String getTelephone1();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Account#getTelephone1 <em>Telephone1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telephone1</em>' attribute.
	 * @see #getTelephone1()
	 * @generated
	 */
	void setTelephone1(String value);

} // Account
